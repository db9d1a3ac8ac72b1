package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Agencies' short forms in lower-case sign-offs ("rtr/dpa": Reuters and dpa), from
 * {@code attribution/signoff-abbreviations.tsv}; matched exactly, in lower case, and only where a rule reads a
 * sign-off. Immutable, thread-safe.
 */
final class SignoffAbbreviations {

    private static final Map<String, String> KEYS =
            NameKeys.load("/attribution/signoff-abbreviations.tsv", UnaryOperator.identity());

    private SignoffAbbreviations() {
    }

    /** The agency the short form stands for, or empty. */
    static Optional<Target> agency(ArticleView view, String mark) {
        String key = KEYS.get(mark.strip());
        return key == null ? Optional.empty() : view.resolver().byKey(key)
                .map(o -> new Target(o.key(), o.name(), o.primaryDomain(), mark.strip()));
    }
}
