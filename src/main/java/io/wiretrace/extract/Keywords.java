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

    private Keywords(List<String> words) {
        this.words = words;
    }

    static Keywords of(String... words) {
        return new Keywords(List.of(words));
    }

    /** A class/id string lower-cased and padded, once as written and once with '-' and '_' as word separators. */
    record Prepared(String plain, String spaced) {
    }

    static Prepared prepare(String raw) {
        String plain = " " + raw.toLowerCase(Locale.ROOT).replace('\t', ' ').replace('\n', ' ') + " ";
        return new Prepared(plain, plain.replace('-', ' ').replace('_', ' '));
    }

    boolean in(Prepared text) {
        for (String w : words) {
            if ((w.charAt(0) == ' ' ? text.spaced() : text.plain()).contains(w)) {
                return true;
            }
        }
        return false;
    }
}
