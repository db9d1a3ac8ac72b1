package io.wiretrace.archive;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a finished import ends: {@code done} when it stored an article or found one stored already, else {@code failed}
 * with why, so an upload that stored nothing (not an archive of its format, only pictures, every record refused) is
 * never reported as a success.
 */
public final class ImportOutcome {

    private ImportOutcome() {
    }

    /** Why nothing came of the import, or empty when an article was stored or found stored. */
    public static Optional<String> nothingStored(long recordsRead, long stored, long duplicates, long context,
                                                 Map<String, Long> skipped, Map<String, Long> failed) {
        if (stored + duplicates > 0) {
            return Optional.empty();
        }
        if (recordsRead == context) {
            return Optional.of("nothing was stored: the file holds no article record"
                    + (context > 0 ? " (only " + context + " context records)" : "")
                    + "; is it really an archive of this format?");
        }
        StringBuilder why = new StringBuilder("nothing was stored: of ").append(recordsRead).append(" records read");
        if (!skipped.isEmpty()) {
            why.append(", skipped ").append(counts(skipped));
        }
        if (!failed.isEmpty()) {
            why.append(", failed ").append(counts(failed));
        }
        return Optional.of(why.append(" (see problems)").toString());
    }

    private static String counts(Map<String, Long> byReason) {
        return byReason.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
