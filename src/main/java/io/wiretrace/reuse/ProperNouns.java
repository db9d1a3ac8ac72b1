package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds multi-word proper nouns: runs of capitalised words ("Fuad Hussein", "Bashar al-Assad"), where lower-case
 * name particles (al-, bin, de, van…) may sit inside a run. A run that starts a sentence loses leading function words
 * ("The", "During"). Titles are kept in the run, and the last two words of a longer run are also reported, because the
 * person's name usually closes it ("Iraqi Foreign Minister Fuad Hussein" also gives "Fuad Hussein").
 */
final class ProperNouns {

    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "de", "da", "di", "del", "della",
            "van", "von", "der", "den", "la", "le", "du", "dos", "das", "y", "of");
    private static final Set<String> LEADING_FUNCTION_WORDS = Set.of("the", "a", "an", "in", "on", "at", "during", "while",
            "since", "after", "before", "when", "this", "that", "these", "those", "but", "and", "as", "for", "from", "with",
            "meanwhile", "however", "el", "la", "los", "las", "der", "die", "das", "le", "les", "un", "una", "ein", "eine",
            "nevertheless", "following", "according", "if", "his", "her", "their", "its", "our");

    List<String> find(String text) {
        List<String> names = new ArrayList<>();
        List<int[]> run = new ArrayList<>();
        int lastEnd = -1;
        for (int start = nextWord(text, 0); start < text.length(); start = nextWord(text, start)) {
            int end = wordEnd(text, start);
            boolean joinable = lastEnd >= 0 && onlySpaces(text, lastEnd, start);
            if (!joinable) {
                flush(text, run, names);
            }
            if (isCapitalised(text, start, end)
                    || (!run.isEmpty() && PARTICLES.contains(text.substring(start, end).toLowerCase(Locale.ROOT)))) {
                run.add(new int[] {start, end});
                lastEnd = end;
            } else {
                flush(text, run, names);
                lastEnd = -1;
            }
            start = end;
        }
        flush(text, run, names);
        return names;
    }

    /**
     * Where the next word starts at or after {@code from} (a letter, by code point), or the text's length. Words are
     * what a search for {@code [\p{L}][\p{L}\p{M}'’-]*} finds, scanned by hand: the regex search was a third of the
     * anchors' time.
     */
    private static int nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetter(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** Where the word starting at {@code start} ends: after its letters, marks, apostrophes and hyphens. */
    private static int wordEnd(String text, int start) {
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (!(Character.isLetter(cp) || mark || cp == '\'' || cp == '’' || cp == '-')) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static void flush(String text, List<int[]> run, List<String> names) {
        if (run.size() < 2) { // trimming only shortens a run, and a run of one word names no one
            run.clear();
            return;
        }
        while (!run.isEmpty() && isDroppable(word(text, run.get(0)))) {
            run.remove(0);
        }
        while (!run.isEmpty() && (PARTICLES.contains(word(text, run.get(run.size() - 1)).toLowerCase(Locale.ROOT))
                || isAbbreviatedTitle(text, run.get(run.size() - 1)))) {
            run.remove(run.size() - 1); // "Florida Gov." names no one: the name follows the title
        }
        if (run.size() >= 2) {
            names.add(text.substring(run.get(0)[0], run.get(run.size() - 1)[1]));
            if (run.size() > 2) {
                names.add(text.substring(run.get(run.size() - 2)[0], run.get(run.size() - 1)[1]));
            }
        }
        run.clear();
    }

    private static boolean isDroppable(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return LEADING_FUNCTION_WORDS.contains(lower) || PARTICLES.contains(lower) || w.endsWith("’s") || w.endsWith("'s");
    }

    /** A short capitalised word directly followed by a dot ("Gov.", "Sen.", "Dr."): a title, not part of a name. */
    private static boolean isAbbreviatedTitle(String text, int[] span) {
        return span[1] - span[0] <= 4 && span[1] < text.length() && text.charAt(span[1]) == '.';
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    /** True when {@code text[from, to)} is one or more spaces or no-break spaces. */
    private static boolean onlySpaces(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** Arabic article prefixes written before a hyphen: the name's capital follows them ("al-Assad"). */
    private static final Set<String> ARTICLE_PREFIXES = Set.of("al", "el", "ad", "as", "ash", "an", "at");

    /**
     * Whether the word {@code text[start, end)} (read in place) is capitalised: "Hussein", "al-Assad", "McCain"; "IS"
     * or "AFP" (all caps) count too.
     */
    private static boolean isCapitalised(String text, int start, int end) {
        int dash = firstDashAtTwoOrThree(text, start, end);
        int at = dash > 0 && ARTICLE_PREFIXES.contains(asciiLower(text, start, dash)) ? dash + 1 : 0;
        return start + at < end && Character.isUpperCase(text.codePointAt(start + at));
    }

    /**
     * 2 or 3 when the word's first hyphen is its third or fourth character (where an article prefix ends: "al-",
     * "ash-"), else 0; only those two places are read. The word's first character is a letter.
     */
    private static int firstDashAtTwoOrThree(String text, int start, int end) {
        if (end - start > 2 && text.charAt(start + 1) != '-') {
            if (text.charAt(start + 2) == '-') {
                return 2;
            }
            if (end - start > 3 && text.charAt(start + 3) == '-') {
                return 3;
            }
        }
        return 0;
    }

    /**
     * {@code text[start, start + length)} with ASCII capitals lower-cased and nothing else changed (as a {@code (?i)}
     * regex compares).
     */
    private static String asciiLower(String text, int start, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            char c = text.charAt(start + i);
            out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(out);
    }
}
