package io.wiretrace.store;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lookup of a query's quoted phrases on the index of adjacent lexeme pairs (column {@code phrase_vector},
 * migration V68): for each text-search configuration, every pair of adjacent lexemes the phrases give in it must be
 * held; an article matches when that holds in some configuration, as the words themselves may match in any. A
 * necessary condition only: the word positions are still checked by the full query. Pure functions.
 */
final class PhrasePairs {

    private PhrasePairs() {
    }

    /**
     * The tsquery text over {@code phrase_vector}, from each configuration's pairs; null (no lookup possible) when
     * there are none or some configuration gives no pair, since an article could then match in it without any.
     */
    static String tsquery(Collection<Set<String>> pairsByConfiguration) {
        if (pairsByConfiguration.isEmpty() || pairsByConfiguration.stream().anyMatch(Set::isEmpty)) {
            return null;
        }
        Set<String> clauses = new LinkedHashSet<>();
        for (Set<String> pairs : pairsByConfiguration) {
            clauses.add("(" + pairs.stream().sorted().map(PhrasePairs::quoted).collect(Collectors.joining(" & ")) + ")");
        }
        return String.join(" | ", clauses);
    }

    /** A lexeme as a tsquery literal: quoted, its quotes doubled and backslashes escaped. */
    static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
