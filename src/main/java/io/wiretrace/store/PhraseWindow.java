package io.wiretrace.store;

/**
 * Bounds the word-position check of a quoted phrase. The GIN index holds which articles have a word, not where: a
 * phrase query rechecks the positions in every article that has all its words, which for a phrase of two common words
 * is most of the table. Searched instead: the newest {@link #SIZE} articles holding all the phrase's words (answered by
 * the index alone), and the positions checked in those only.
 *
 * <p>The relaxed query is the tsquery text with each phrase operator ({@code <->}, {@code <N>}) made an AND; lexemes
 * (quoted) are left alone. A query with a negation keeps the exact path: {@code !("a" <-> "b")} relaxed would exclude
 * articles that hold both words apart.
 */
final class PhraseWindow {

    /** Articles holding all the phrase's words whose positions are checked, newest first. */
    static final int SIZE = 5000;

    private PhraseWindow() {
    }

    /** The query with its phrases made ANDs, or null when it has no phrase or has a negation. */
    static String relaxed(String tsquery) {
        if (tsquery == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(tsquery.length());
        boolean quoted = false;
        boolean phrase = false;
        for (int i = 0; i < tsquery.length(); i++) {
            char c = tsquery.charAt(i);
            if (c == '\'') {
                quoted = !quoted; // an escaped quote ('') closes and reopens: the same state after both
            } else if (!quoted && c == '!') {
                return null;
            } else if (!quoted && c == '<') {
                int end = tsquery.indexOf('>', i);
                if (end < 0) {
                    return null;
                }
                out.append('&');
                phrase = true;
                i = end;
                continue;
            }
            out.append(c);
        }
        return phrase ? out.toString() : null;
    }
}
