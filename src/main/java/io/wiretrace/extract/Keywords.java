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
    /** Per word, the ASCII chars it holds; null for a word with other chars (always searched). */
    private final AsciiChars[] chars;

    private Keywords(List<String> words) {
        this.words = words;
        this.chars = new AsciiChars[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            chars[i] = w.chars().allMatch(c -> c < 128) ? AsciiChars.of(w) : null;
        }
    }

    static Keywords of(String... words) {
        return new Keywords(List.of(words));
    }

    /**
     * A class/id string lower-cased and padded, once as written and once with '-' and '_' as word separators, and the
     * ASCII chars of the first (which include every char of the second).
     */
    record Prepared(String plain, String spaced, AsciiChars chars) {
    }

    /** A set of ASCII chars as 128 bits: low holds 0-63, high 64-127; other chars are left out. */
    record AsciiChars(long low, long high) {

        static AsciiChars of(String s) {
            long low = 0;
            long high = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 64) {
                    low |= 1L << c;
                } else if (c < 128) {
                    high |= 1L << (c - 64);
                }
            }
            return new AsciiChars(low, high);
        }

        boolean containsAll(AsciiChars other) {
            return (other.low & ~low) == 0 && (other.high & ~high) == 0;
        }
    }

    static Prepared prepare(String raw) {
        Prepared ascii = prepareAscii(raw);
        if (ascii != null) {
            return ascii;
        }
        String plain = " " + raw.toLowerCase(Locale.ROOT).replace('\t', ' ').replace('\n', ' ') + " ";
        return new Prepared(plain, plain.replace('-', ' ').replace('_', ' '), AsciiChars.of(plain));
    }

    /** {@link #prepare} of a plain-ASCII string in one pass (no lower-casing and four replacements); else null. */
    private static Prepared prepareAscii(String raw) {
        int n = raw.length();
        char[] plain = new char[n + 2];
        char[] spaced = new char[n + 2];
        plain[0] = ' ';
        spaced[0] = ' ';
        long low = 1L << ' ';
        long high = 0;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c >= 128) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c == '\t' || c == '\n') {
                c = ' ';
            }
            plain[i + 1] = c;
            spaced[i + 1] = c == '-' || c == '_' ? ' ' : c;
            if (c < 64) {
                low |= 1L << c;
            } else {
                high |= 1L << (c - 64);
            }
        }
        plain[n + 1] = ' ';
        spaced[n + 1] = ' ';
        return new Prepared(new String(plain), new String(spaced), new AsciiChars(low, high));
    }

    /**
     * Whether the prepared string holds a word. A word with an ASCII char the string lacks cannot be in it: most
     * class strings hold none of the words, and a test of two bit sets per word is cheaper than searching the string.
     */
    boolean in(Prepared text) {
        for (int i = 0; i < words.size(); i++) {
            if (chars[i] != null && !text.chars().containsAll(chars[i])) {
                continue;
            }
            String w = words.get(i);
            if ((w.charAt(0) == ' ' ? text.spaced() : text.plain()).contains(w)) {
                return true;
            }
        }
        return false;
    }
}
