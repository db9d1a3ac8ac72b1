package io.wiretrace.extract;

/**
 * How long a text is in words, for scripts written with and without spaces: a run of Chinese, Japanese or Thai
 * characters has no spaces between its words, so it counts one word for every two characters (the average length of
 * a Chinese word is 1.5–2 characters); Korean, written with spaces, counts by spaces like Latin, Cyrillic, Arabic and
 * Hebrew. Pure function.
 */
public final class TextMeasure {

    private TextMeasure() {
    }

    public static int words(String text) {
        return wordsUpTo(text, Integer.MAX_VALUE);
    }

    /**
     * {@link #words(String)} when under {@code cap}, else some count of at least {@code cap}: the count stops early,
     * for callers that only ask whether a text has that many words (a body of thousands of words is not counted whole).
     */
    public static int wordsUpTo(String text, int cap) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        // the tokens of text.strip().split("\\s+"), without a regex: runs of characters other than [ \t\n\x0B\f\r]
        String s = text.strip();
        int words = 0;
        int i = 0;
        while (i < s.length() && words < cap) {
            int start = i;
            int unspaced = 0;
            while (i < s.length() && !isRegexSpace(s.charAt(i))) {
                int cp = s.codePointAt(i);
                unspaced += unspacedScript(cp) ? 1 : 0;
                i += Character.charCount(cp);
            }
            int length = i - start;
            words += unspaced == 0 ? 1 : Math.max(1, (unspaced + 1) / 2 + (unspaced < length ? 1 : 0));
            while (i < s.length() && isRegexSpace(s.charAt(i))) {
                i++;
            }
        }
        return words;
    }

    /** The characters of the regex class {@code \s} (without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean unspacedScript(int cp) {
        if (cp < 0x0E00) { // below the Thai block: none of the four scripts
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }
}
