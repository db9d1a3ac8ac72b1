package io.wiretrace.outlet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the registry's tab-separated format: {@code key, kind, name, aliases (|), domains (|)}; blank lines and lines
 * starting with {@code #} are skipped. Errors name the line number and the bad value.
 */
final class OutletTsv {

    private OutletTsv() {
    }

    static List<Outlet> parse(InputStream tsv) {
        List<Outlet> outlets = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                outlets.add(parseLine(line, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read outlet registry", e);
        }
        return outlets;
    }

    private static Outlet parseLine(String line, int number) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 5) {
            throw new IllegalArgumentException(
                    "outlet registry line " + number + ": expected 5 tab-separated columns, found " + cols.length
                            + ": '" + line + "'");
        }
        String key = cols[0].strip();
        if (!key.matches("[a-z0-9][a-z0-9\\-]*")) {
            throw new IllegalArgumentException("outlet registry line " + number + ": bad key '" + key
                    + "' (lower-case letters, digits and '-')");
        }
        OutletKind kind;
        try {
            kind = OutletKind.fromWireName(cols[1].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("outlet registry line " + number + ": " + e.getMessage(), e);
        }
        String name = cols[2].strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("outlet registry line " + number + ": outlet '" + key + "' has no name");
        }
        List<String> domains = split(cols[4]).stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
        return new Outlet(key, name, split(cols[3]), domains, kind);
    }

    private static List<String> split(String column) {
        return Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
