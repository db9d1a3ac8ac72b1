package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences with character offsets. A sentence ends at . ! ? … (with any closing quotes or brackets
 * after it) when whitespace and then a capital letter, digit, opening quote or bracket follows; at 。！？؟ in any
 * case; and at every line break (headlines, datelines and paragraphs are their own units). It does not end after a
 * known abbreviation ("Mr.", "U.S.", "z.B.", "Sr."), a single-letter initial ("J. Smith") or inside a number ("3.5").
 * Immutable and thread-safe.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "sra",
            "srta", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "inc", "ltd", "co", "corp", "no", "nr",
            "vs", "etc", "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mt", "ft", "bzw", "ca", "dt", "hr", "fr", "mme", "mlle", "pres", "min", "art", "abs",
            "vol", "pp", "ed", "av", "avda", "dña", "sto", "sta", "ggf", "usw", "vgl", "ing", "mgr");
    private static final String CLOSERS = "\"'”’»)]}";
    private static final String OPENERS = "\"'“‘«([{¿¡„";

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(text, start, i, out);
                start = i + 1;
            } else if (c == '。' || c == '！' || c == '？' || c == '؟') {
                add(text, start, i + 1, out);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, start, i)) {
                int end = i + 1;
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, text.length(), out);
        return out;
    }

    private static boolean endsSentence(String text, int sentenceStart, int i) {
        int j = i + 1;
        while (j < text.length() && (CLOSERS.indexOf(text.charAt(j)) >= 0 || text.charAt(j) == '.')) {
            j++;
        }
        int ws = j;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\u00a0')) {
            j++;
        }
        if (j >= text.length() || text.charAt(j) == '\n' || text.charAt(j) == '\r') {
            return true;
        }
        if (j == ws) {
            return false; // no space: "3.5", "U.S.A", "example.com"
        }
        int next = text.codePointAt(j);
        boolean opensSentence = Character.isUpperCase(next) || Character.isDigit(next) || OPENERS.indexOf(next) >= 0
                || (Character.isLetter(next) && !Character.isLowerCase(next));
        return opensSentence && (text.charAt(i) != '.' || !isAbbreviation(text, sentenceStart, i));
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int k = dot;
        while (k > sentenceStart && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        if (word.contains(".")) {
            return true; // "U.S", "z.B", "e.g"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(String text, int from, int to, List<Sentence> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from && text.substring(from, to).codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(new Sentence(out.size(), text.substring(from, to), from, to));
        }
    }
}
