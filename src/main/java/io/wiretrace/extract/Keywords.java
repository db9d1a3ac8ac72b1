package io.wiretrace.extract;

import java.util.List;
import java.util.Locale;

/**
 * A fast case-insensitive keyword test for class/id strings: plain substrings, or whole words when written with
 * surrounding spaces (" hid "). Much cheaper than a case-insensitive regex alternation, which dominated extraction
 * time on pages with long class lists. Immutable.
 */
final class Keywords {

    private final List<String> words;
    /** Per word, the ASCII chars it holds as a 128-bit set (low: 0-63, high: 64-127); 0 for a non-ASCII word. */
    private final long[] low;
    private final long[] high;

    private Keywords(List<String> words) {
        this.words = words;
        this.low = new long[words.size()];
        this.high = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.chars().allMatch(c -> c < 128)) {
                low[i] = lowChars(w);
                high[i] = highChars(w);
            }
        }
    }

    static Keywords of(String... words) {
        return new Keywords(List.of(words));
    }

    /**
     * A class/id string lower-cased and padded, once as written and once with '-' and '_' as word separators, and the
     * ASCII chars of the first (which include every char of the second).
     */
    record Prepared(String plain, String spaced, long low, long high) {
    }

    static Prepared prepare(String raw) {
        String plain = " " + raw.toLowerCase(Locale.ROOT).replace('\t', ' ').replace('\n', ' ') + " ";
        return new Prepared(plain, plain.replace('-', ' ').replace('_', ' '), lowChars(plain), highChars(plain));
    }

    /**
     * Whether the prepared string holds a word. A word with an ASCII char the string lacks cannot be in it: most
     * class strings hold none of the words, and two bit tests per word are cheaper than searching the string.
     */
    boolean in(Prepared text) {
        for (int i = 0; i < words.size(); i++) {
            if ((low[i] & ~text.low()) != 0 || (high[i] & ~text.high()) != 0) {
                continue;
            }
            String w = words.get(i);
            if ((w.charAt(0) == ' ' ? text.spaced() : text.plain()).contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static long lowChars(String s) {
        long set = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            set |= c < 64 ? 1L << c : 0;
        }
        return set;
    }

    private static long highChars(String s) {
        long set = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            set |= c >= 64 && c < 128 ? 1L << (c - 64) : 0;
        }
        return set;
    }
}
