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

    /** Lower-cased text padded with spaces, with '-' and '_' as word separators too, as {@link #in} expects. */
    static String prepare(String raw) {
        return " " + raw.toLowerCase(Locale.ROOT).replace('\t', ' ').replace('\n', ' ') + " ";
    }

    /** @param prepared text from {@link #prepare} */
    boolean in(String prepared) {
        String spaced = null;
        for (String w : words) {
            if (w.charAt(0) == ' ') {
                if (spaced == null) {
                    spaced = prepared.replace('-', ' ').replace('_', ' ');
                }
                if (spaced.contains(w)) {
                    return true;
                }
            } else if (prepared.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
