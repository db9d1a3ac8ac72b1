package io.wiretrace.reuse;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the characters of a text that are quoted speech: text between double quotes (straight or typographic,
 * « » and „ “), between typographic single quotes, between straight single quotes that open after a space and close
 * before punctuation or a space (British papers quote that way; an apostrophe inside a word, as in "I'm" or "it's",
 * neither opens nor closes one), and, since wire copy opens a quote in each paragraph of a long statement and closes it
 * only in the last, from an opening quote that is not closed to the end of its paragraph (a single quote opens one only
 * at the paragraph start or after a colon, "He said: 'There is …"). Two reporters who heard the same speaker share these words;
 * they say nothing about one copying the other. Immutable and thread-safe.
 */
public final class QuotedSpeech {

    private static final Pattern DOUBLE = Pattern.compile("[“\"«„][^“”\"«»„\\n]{1,1500}?[”\"»“]");
    /** An apostrophe between letters ("I'm", "don't") is part of a word, not the end of a single-quoted span. */
    private static final Pattern SINGLE = Pattern.compile(
            "(?<=^|[\\s(\\[—–-])[‘'](?:[^‘’'\\n]|(?<=\\p{L})['’](?=\\p{L})){8,1500}?[’'](?=[\\s.,;:!?)\\]—–-]|$)",
            Pattern.MULTILINE);
    /** British copy opens each paragraph of a long statement with a single quote too: at a line start or after a colon. */
    private static final String SINGLE_OPENERS = "‘'";
    private static final String OPENERS = "“\"«„";

    private QuotedSpeech() {
    }

    /** One flag per char of {@code text}: true inside quoted speech. */
    public static boolean[] mask(String text) {
        boolean[] inside = new boolean[text.length()];
        mark(DOUBLE, text, inside);
        mark(SINGLE, text, inside);
        for (int i = 0; i < text.length(); i++) {
            if (!inside[i] && (OPENERS.indexOf(text.charAt(i)) >= 0 && opensQuote(text, i)
                    || SINGLE_OPENERS.indexOf(text.charAt(i)) >= 0 && opensParagraphQuote(text, i))) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                Arrays.fill(inside, i, end, true);
                i = end;
            }
        }
        return inside;
    }

    /** A straight double quote opens only after a space, a line start or a bracket (else it closes something). */
    private static boolean opensQuote(String text, int i) {
        return text.charAt(i) != '"' || i == 0 || Character.isWhitespace(text.charAt(i - 1))
                || text.charAt(i - 1) == '(';
    }

    /** A single quote opens a paragraph's quotation at the paragraph start or after "said:" (not "'90s" mid-line). */
    private static boolean opensParagraphQuote(String text, int i) {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        return i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
                && (j < 0 || text.charAt(j) == '\n' || text.charAt(j) == ':');
    }

    private static void mark(Pattern p, String text, boolean[] inside) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            Arrays.fill(inside, m.start(), m.end(), true);
        }
    }
}
