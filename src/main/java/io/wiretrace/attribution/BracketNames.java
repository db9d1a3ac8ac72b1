package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The agency a name in a credit bracket stands for: a registry wire agency, or one of the names that credit an agency
 * only there (data file {@code attribution/bracket-names.tsv}: Hindi "भाषा", PTI's Hindi service, is "language"
 * elsewhere). Rules call it only for a bracket in a credit position. Immutable, thread-safe.
 */
final class BracketNames {

    /** Printed name (NFKC, lower case) to its line. */
    private static final Map<String, Entry> NAMES = read("/attribution/bracket-names.tsv");

    /** A line of the data file: the language it is written in, the registry key, and whether the name is initials. */
    private record Entry(String language, String key, boolean initials) {
    }

    private BracketNames() {
    }

    /** The registry wire agency named, or the agency a bracket-only name stands for; else empty. */
    static Optional<Target> agency(ArticleView view, String mention) {
        Optional<Target> registry = view.targets().agency(mention);
        if (registry.isPresent()) {
            return registry;
        }
        String name = fold(Targets.clean(mention));
        Entry entry = NAMES.get(name);
        if (entry == null || entry.initials() && !entry.language().equals(view.primaryLanguage())) {
            return Optional.empty(); // initials are other bodies' on pages in other languages ("(PC)", "(TNS)")
        }
        return view.resolver().byKey(entry.key())
                .map(o -> new Target(o.key(), o.name(), o.primaryDomain(), mention.strip()));
    }

    /** Whether the mention is one of the bracket-only names (not a registry name). */
    static boolean bracketOnly(String mention) {
        return NAMES.containsKey(fold(Targets.clean(mention)));
    }

    private static Map<String, Entry> read(String resource) {
        Map<String, Entry> names = new HashMap<>();
        for (NameKeys.Row row : NameKeys.rows(resource)) {
            names.put(fold(row.name()), new Entry(row.language(), row.key(), row.name().length() <= 3));
        }
        return Map.copyOf(names);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    }
}
