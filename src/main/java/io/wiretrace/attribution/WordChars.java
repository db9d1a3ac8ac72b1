package io.wiretrace.attribution;

/**
 * A text's letters and digits alone ({@code \p{L}} and {@code \p{N}}, by code point), everything else dropped: what
 * {@code text.replaceAll("[^\\p{L}\\p{N}]+", "")} gives, by a scan, since it runs on every header and tail line a rule
 * compares with the body. Stateless.
 */
final class WordChars {

    private WordChars() {
    }

    /** The letters and digits of {@code text} in order; the text itself when it holds nothing else. */
    static String only(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** {@code \p{L}} or {@code \p{N}} as the regex reads them: a letter, or a number of any of the three kinds. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
