package io.wiretrace.attribution;

import java.util.regex.Matcher;

/**
 * A regex search tried only where a match can start. {@link Matcher#find()} runs the whole pattern at every
 * position of a line; for a pattern whose matches can only start at a few chars (an opening bracket, the start,
 * a space after a full stop) trying those alone finds the same matches at a fraction of the cost. Stateless.
 */
final class Starts {

    /** Where a pattern's match can start: a superset of the positions where it matches. */
    interface At {
        boolean canStart(String s, int i);
    }

    private Starts() {
    }

    /**
     * {@code m.find()} from {@code from} when {@code m} reads {@code s} and the pattern can match only at positions
     * {@code at} accepts: the earliest such match and the same match there. Lookbehinds see the text before a start
     * and {@code ^}/{@code $} match only at the ends of {@code s} (transparent, non-anchoring bounds).
     */
    static boolean find(Matcher m, String s, int from, At at) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = from; i < s.length(); i++) {
            if (at.canStart(s, i)) {
                m.region(i, s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A whitespace char as {@code \s} reads it without UNICODE_CHARACTER_CLASS. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
