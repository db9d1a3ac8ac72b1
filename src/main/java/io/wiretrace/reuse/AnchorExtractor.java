package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts {@link AnchorFacts}: quoted speech, numbers with context, and multi-word proper nouns. These survive
 * rewrites that keep no sentence verbatim, so indexing them finds rewrite candidates that shingles cannot.
 * General rules only (no lists of outlets or people). Immutable and thread-safe.
 */
public final class AnchorExtractor {

    /** The bounds of a quote's text, in code points (see {@link #quoteClose}). */
    private static final int QUOTE_MIN = 8;
    private static final int QUOTE_MAX = 600;
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:[,.\\u00a0 ]\\d{3})+|\\d+(?:[.,]\\d+)?)(?![\\p{L}\\p{N}])");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*(?:%|per ?cent|[\\p{L}][\\p{L}\\p{M}'’-]*)");
    private static final Pattern GROUPING = Pattern.compile("[,.\\u00a0 ]");
    private static final Pattern TRAILING_ZEROS = Pattern.compile("0+$");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final int MIN_QUOTE_TOKENS = 3;

    private final TextNormalizer normalizer;
    private final ProperNouns properNouns = new ProperNouns();

    public AnchorExtractor(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public AnchorFacts extract(String text) {
        String s = text == null ? "" : text;
        List<Anchor> anchors = new ArrayList<>();
        quotes(s, anchors);
        numbers(s, anchors);
        properNouns.find(s).forEach(name ->
                anchors.add(new Anchor(AnchorKind.NAME, name, normalizer.normalizePhrase(name))));
        return new AnchorFacts(anchors);
    }

    private void quotes(String s, List<Anchor> out) {
        int i = 0;
        while (i < s.length()) {
            int close = opensQuote(s.charAt(i)) ? quoteClose(s, i) : -1;
            if (close < 0) {
                i++;
                continue;
            }
            String quoted = s.substring(i + 1, close);
            String normalized = normalizer.normalizePhrase(quoted);
            if (normalized.split(" ").length >= MIN_QUOTE_TOKENS) {
                out.add(new Anchor(AnchorKind.QUOTE, quoted.strip(), normalized));
            }
            i = close + 1;
        }
    }

    /**
     * Where the quote opened at {@code open} closes, or -1: the scan a regex search for
     * {@code [“"«„]([^“”"«»„\n]{8,600}?)[”"»“]} does, without the regex engine's cost per char. The quote's text runs
     * to the first quotation mark or line break; that char must close a quote, with 8 to 600 code points before it
     * (every closing mark also ends the run, so the lazy quantifier can only stop there).
     */
    static int quoteClose(String s, int open) {
        int j = open + 1;
        while (j < s.length() && "“”\"«»„\n".indexOf(s.charAt(j)) < 0) {
            j++;
        }
        if (j == s.length() || "”\"»“".indexOf(s.charAt(j)) < 0) {
            return -1;
        }
        int length = Character.codePointCount(s, open + 1, j);
        return length >= QUOTE_MIN && length <= QUOTE_MAX ? j : -1;
    }

    private void numbers(String s, List<Anchor> out) {
        Matcher m = NUMBER.matcher(s);
        for (int from = 0; nextNumber(m, s, from); from = m.end()) {
            String digits = GROUPING.matcher(m.group(1)).replaceAll("");
            String significant = TRAILING_ZEROS.matcher(digits).replaceFirst("");
            boolean year = YEAR.matcher(m.group(1)).matches();
            Matcher next = NEXT_WORD.matcher(s.substring(m.end(), Math.min(s.length(), m.end() + 40)));
            String context = next.find() ? next.group().strip() : "";
            String display = (m.group(1) + " " + context).strip();
            if (significant.length() >= 3 && !year) {
                out.add(new Anchor(AnchorKind.NUMBER, display, "n:" + digits));
            } else if (!context.isEmpty()) {
                out.add(new Anchor(AnchorKind.NUMBER, display, "n:" + digits + " " + stem(context)));
            }
        }
    }

    /**
     * {@code m.find()} from {@code from} for {@link #NUMBER}, whose matches start at an ASCII digit ({@code \d}):
     * the matcher is tried at digits alone, since {@code find} tries every position with the whole regex, which made
     * this scan a sixth of the fingerprint. Same matches: the earliest start, the same match there (the lookbehind
     * sees the text before the start through transparent bounds).
     */
    private static boolean nextNumber(Matcher m, String s, int from) {
        m.useTransparentBounds(true);
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                m.region(i, s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean opensQuote(char c) {
        return c == '“' || c == '"' || c == '«' || c == '„';
    }

    /** Crude plural folding so "13 Syrians" and "13 Syrian" meet; enough for a context word. */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("’", "'");
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
