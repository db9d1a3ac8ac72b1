package io.wiretrace.reuse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Splits a text into normalised word tokens while remembering where each token came from.
 *
 * <p>Tokens are maximal runs of letters, digits and combining marks; an apostrophe (any of ' ’ ʼ ′) or a dot/comma
 * between two digits stays inside the token and is then dropped, so "Assad’s" and "Assad's" both give "assads" and
 * "1,383" gives "1383". Dashes of every kind, quotes and other punctuation separate tokens. Each token is NFKC
 * normalised (full-width forms, ligatures) and lower-cased with {@link Locale#ROOT}. Han, Hiragana, Katakana and Thai
 * characters become one token each, since those scripts do not separate words with spaces. Immutable and thread-safe.
 */
public final class TextNormalizer {

    /** Normalises {@code text}; a null text is treated as empty. */
    public NormalizedText normalize(String text) {
        String s = text == null ? "" : text;
        List<String> tokens = new ArrayList<>();
        IntList starts = new IntList();
        IntList ends = new IntList();
        scan(s, (token, start, end) -> {
            tokens.add(token);
            starts.add(start);
            ends.add(end);
        });
        return new NormalizedText(s, tokens, starts.toArray(), ends.toArray());
    }

    /**
     * The tokens of {@link #normalize} without their offsets, for callers that read only the words (sentence keys,
     * phrases): no offsets kept and no copy of the list. Unmodifiable.
     */
    public List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        scan(text == null ? "" : text, (token, start, end) -> tokens.add(token));
        return Collections.unmodifiableList(tokens);
    }

    /** Receives each token of a text with its character range. */
    private interface TokenSink {
        void token(String token, int start, int end);
    }

    private static void scan(String s, TokenSink sink) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            if (isSingleCharWord(cp)) {
                i += Character.charCount(cp);
            } else {
                i = scanWord(s, i);
            }
            String token = fold(s, start, i);
            if (!token.isEmpty()) {
                sink.token(token, start, i);
            }
        }
    }

    /** Normalises one short string (a quote, a name) to its tokens joined by single spaces. */
    public String normalizePhrase(String phrase) {
        return String.join(" ", tokens(phrase));
    }

    private static int scanWord(String s, int i) {
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (isWordChar(cp) && !isSingleCharWord(cp)) {
                i += Character.charCount(cp);
            } else if (isInnerJoiner(s, i, cp)) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return i;
    }

    /** An apostrophe between letters, or a grouping/decimal mark between digits, does not split a word. */
    private static boolean isInnerJoiner(String s, int i, int cp) {
        if (i == 0 || i + 1 >= s.length()) {
            return false;
        }
        int prev = s.codePointBefore(i);
        int next = s.codePointAt(i + Character.charCount(cp));
        if (isApostrophe(cp)) {
            return Character.isLetter(prev) && Character.isLetter(next);
        }
        return (cp == ',' || cp == '.') && Character.isDigit(prev) && Character.isDigit(next);
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02bc' || cp == '\u2032' || cp == '\u2018';
    }

    private static boolean isWordChar(int cp) {
        if (cp < 0x80) { // ASCII: letters and digits only (no marks), as below but without the tables
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isSingleCharWord(int cp) {
        if (cp < 0x0E00) { // below the Thai block: none of the four scripts
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /** The folded token {@code s[from, to)}. */
    private static String fold(String s, int from, int to) {
        String ascii = foldAscii(s, from, to);
        if (ascii != null) {
            return ascii;
        }
        String raw = s.substring(from, to);
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(TextNormalizer::isWordChar).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * {@link #fold} of an all-ASCII token, or null for any other: NFKC leaves ASCII as it is, so this is lower-casing
     * and keeping letters and digits. A token already in that form (most are) is cut out as it is: one string
     * built per token, not three.
     */
    private static String foldAscii(String s, int from, int to) {
        boolean folded = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            folded &= c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
        if (folded) {
            return s.substring(from, to);
        }
        char[] out = new char[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out[n++] = (char) (c + ('a' - 'A'));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }
}
