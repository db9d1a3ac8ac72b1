package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts {@link AnchorFacts}: quoted speech, numbers with context, and multi-word proper nouns. These survive
 * rewrites that keep no sentence verbatim, so indexing them finds rewrite candidates that shingles cannot.
 * General rules only (no lists of outlets or people). Immutable and thread-safe.
 */
public final class AnchorExtractor {

    private static final Pattern QUOTE = Pattern.compile("[“\"«„]([^“”\"«»„\\n]{8,600}?)[”\"»“]");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:[,.\\u00a0 ]\\d{3})+|\\d+(?:[.,]\\d+)?)(?![\\p{L}\\p{N}])");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*(?:%|per ?cent|[\\p{L}][\\p{L}\\p{M}'’-]*)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’-]*");
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
        properNouns.find(s, WORD).forEach(name ->
                anchors.add(new Anchor(AnchorKind.NAME, name, normalizer.normalizePhrase(name))));
        return new AnchorFacts(anchors);
    }

    private void quotes(String s, List<Anchor> out) {
        Matcher m = QUOTE.matcher(s);
        for (int from = 0; next(m, s, from, AnchorExtractor::opensQuote); from = m.end()) {
            String normalized = normalizer.normalizePhrase(m.group(1));
            if (normalized.split(" ").length >= MIN_QUOTE_TOKENS) {
                out.add(new Anchor(AnchorKind.QUOTE, m.group(1).strip(), normalized));
            }
        }
    }

    private void numbers(String s, List<Anchor> out) {
        Matcher m = NUMBER.matcher(s);
        for (int from = 0; next(m, s, from, c -> c >= '0' && c <= '9'); from = m.end()) {
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
     * {@code m.find()} from {@code from} for a pattern whose matches start only at a char that {@code canStart}
     * accepts: the matcher is tried at those chars alone, since {@code find} tries every position with the whole
     * regex, which made these scans a third of the fingerprint. Same matches: the earliest start, the same match
     * there (lookbehinds see the text before the start through transparent bounds).
     */
    private static boolean next(Matcher m, String s, int from, IntPredicate canStart) {
        m.useTransparentBounds(true);
        for (int i = from; i < s.length(); i++) {
            if (canStart.test(s.charAt(i))) {
                m.region(i, s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean opensQuote(int c) {
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
