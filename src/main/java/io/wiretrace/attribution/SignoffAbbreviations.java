package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.DataFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Agencies' short forms in lower-case sign-offs ("rtr/dpa": Reuters and dpa), from
 * {@code attribution/signoff-abbreviations.tsv}; matched exactly, in lower case, and only where a rule reads a
 * sign-off. Immutable, thread-safe.
 */
final class SignoffAbbreviations {

    private static final Map<String, String> KEYS = load();

    private SignoffAbbreviations() {
    }

    /** The agency the short form stands for, or empty. */
    static Optional<Target> agency(ArticleView view, String mark) {
        String key = KEYS.get(mark.strip());
        return key == null ? Optional.empty() : view.resolver().byKey(key)
                .map(o -> new Target(o.key(), o.name(), o.primaryDomain(), mark.strip()));
    }

    private static Map<String, String> load() {
        Map<String, String> keys = new HashMap<>();
        for (String line : DataFile.lines("/attribution/signoff-abbreviations.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException("signoff-abbreviations.tsv: expected language, form, key in: " + line);
            }
            keys.put(cols[1].strip(), cols[2].strip());
        }
        return Map.copyOf(keys);
    }
}
