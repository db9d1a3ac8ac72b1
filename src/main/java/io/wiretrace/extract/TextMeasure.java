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
        if (text == null || text.isBlank()) {
            return 0;
        }
        int words = 0;
        for (String token : text.strip().split("\\s+")) {
            int unspaced = (int) token.codePoints().filter(TextMeasure::unspacedScript).count();
            words += unspaced == 0 ? 1 : Math.max(1, (unspaced + 1) / 2 + (unspaced < token.length() ? 1 : 0));
        }
        return words;
    }

    private static boolean unspacedScript(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }
}
