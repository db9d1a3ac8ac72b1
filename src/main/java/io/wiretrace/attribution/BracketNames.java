package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.DataFile;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The agency a name in a credit bracket stands for: a registry wire agency, or one of the names that credit an agency
 * only there (data file {@code attribution/bracket-names.tsv}: Hindi "भाषा", PTI's Hindi service, is "language"
 * elsewhere). Rules call it only for a bracket in a credit position. Immutable, thread-safe.
 */
final class BracketNames {

    /** Printed name (NFKC, lower case) to registry key. */
    private static final Map<String, String> NAMES =
            NameKeys.load("/attribution/bracket-names.tsv", BracketNames::fold);
    /** Printed name (folded) to the language of its line, for names of three letters or fewer. */
    private static final Map<String, String> SHORT_NAME_LANGUAGES = DataFile.lines("/attribution/bracket-names.tsv")
            .stream().map(l -> l.split("\t")).filter(c -> c.length == 3 && c[1].strip().length() <= 3)
            .collect(Collectors.toUnmodifiableMap(c -> fold(c[1].strip()), c -> c[0].strip(), (a, b) -> a));

    private BracketNames() {
    }

    /** The registry wire agency named, or the agency a bracket-only name stands for; else empty. */
    static Optional<Target> agency(ArticleView view, String mention) {
        Optional<Target> registry = view.targets().agency(mention);
        if (registry.isPresent()) {
            return registry;
        }
        String name = fold(Targets.clean(mention));
        String key = NAMES.get(name);
        String language = SHORT_NAME_LANGUAGES.get(name);
        if (language != null && !language.equals(view.primaryLanguage())) {
            return Optional.empty(); // initials are other bodies' on pages in other languages ("(PC)", "(TNS)")
        }
        return key == null ? Optional.empty() : view.resolver().byKey(key)
                .map(o -> new Target(o.key(), o.name(), o.primaryDomain(), mention.strip()));
    }

    /** Whether the mention is one of the bracket-only names (not a registry name). */
    static boolean bracketOnly(String mention) {
        return NAMES.containsKey(fold(Targets.clean(mention)));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    }
}
