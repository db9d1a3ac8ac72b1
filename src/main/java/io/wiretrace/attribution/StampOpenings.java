package io.wiretrace.attribution;

import java.util.Arrays;
import java.util.List;

/**
 * Where a date stamp ({@link DateStamps}) can open: at a digit, or at the first three letters of one of its words
 * (labels, month and weekday names, "today"), compared as the pattern compares them under {@code (?iu)} (each
 * character upper-cased, then lower-cased), and never right after a letter or digit. A necessary condition only: the
 * pattern still decides, it is just not tried where it cannot match. Immutable, thread-safe.
 */
final class StampOpenings {

    /** Each word's first three characters, folded, as one number; sorted. */
    private final long[] openings;
    /** A word opens with fewer than three characters before a space, or with a surrogate: every place may open. */
    private final boolean anywhere;

    private StampOpenings(long[] openings, boolean anywhere) {
        this.openings = openings;
        this.anywhere = anywhere;
    }

    /** The openings of these words; a space inside a word stands for any run of white space, as in the pattern. */
    static StampOpenings of(List<String> words) {
        boolean anywhere = false;
        long[] keys = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int space = word.indexOf(' ');
            String piece = space < 0 ? word : word.substring(0, space);
            if (piece.length() < 3 || piece.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                anywhere = true;
            } else {
                keys[i] = key(piece, 0);
            }
        }
        return new StampOpenings(Arrays.stream(keys).distinct().sorted().toArray(), anywhere);
    }

    /** Whether a stamp may start at {@code at} in the line. */
    boolean mayOpen(String line, int at) {
        if (at > 0 && Character.isLetterOrDigit(line.charAt(at - 1))) {
            return false; // the pattern's (?<![\p{L}\p{N}])
        }
        char c = line.charAt(at);
        if (c >= '0' && c <= '9' || anywhere) {
            return true;
        }
        return at + 3 <= line.length() && Arrays.binarySearch(openings, key(line, at)) >= 0;
    }

    private static long key(String s, int at) {
        return (long) fold(s.charAt(at)) << 32 | (long) fold(s.charAt(at + 1)) << 16 | fold(s.charAt(at + 2));
    }

    /** A character as the pattern's case-insensitive slices compare it. */
    private static int fold(char c) {
        return Character.toLowerCase(Character.toUpperCase((int) c));
    }
}
