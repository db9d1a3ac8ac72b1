package io.wiretrace.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of terminal progress for an import, from its JSON: a bar of bytes read, records/s, stored, skipped, ETA. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private ProgressBar() {
    }

    static String line(String json) {
        double read = number(ImportClient.field(json, "bytesRead"));
        double total = number(ImportClient.field(json, "bytesTotal"));
        double share = total <= 0 ? 0 : Math.min(1, read / total);
        int filled = (int) Math.round(share * WIDTH);
        String eta = ImportClient.field(json, "etaSeconds");
        String rate = ImportClient.field(json, "recordsPerSecond");
        return String.format("[%s%s] %3.0f%% %s rec/s, %s stored, %s duplicates, %d skipped, %d failed, ETA %s   ",
                "#".repeat(filled), ".".repeat(WIDTH - filled), share * 100,
                rate.equals("null") ? "?" : rate, ImportClient.field(json, "stored"),
                ImportClient.field(json, "duplicates"), sum(json, "skipped"), sum(json, "failed"),
                eta.equals("null") ? "?" : eta + "s");
    }

    /** The sum of the counts in the object {@code "name": {"reason": n, ...}}. */
    static long sum(String json, String name) {
        Matcher object = Pattern.compile("\"" + name + "\"\\s*:\\s*\\{([^}]*)}").matcher(json);
        if (!object.find()) {
            return 0;
        }
        long total = 0;
        Matcher count = Pattern.compile(":\\s*(\\d+)").matcher(object.group(1));
        while (count.find()) {
            total += Long.parseLong(count.group(1));
        }
        return total;
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
