package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keys under which a store counts how many articles hold a sentence, to learn formulas ({@link Formulas}). A key is
 * the sentence's normalised words with every number and month name replaced by one placeholder, so a time stamp
 * ("Associated Press - January 8, 2008 7:04 PM ET") has the same key on every story that carries it. Sentences under
 * {@value #MIN_TOKENS} words get no key. Immutable and thread-safe.
 */
public final class SentenceKeys {

    /** Shorter sentences ("Politics", a name) are not formulas worth learning, and not story text either. */
    public static final int MIN_TOKENS = 4;
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** A sentence and its key. */
    public record Keyed(Sentence sentence, long key) {
    }

    /** Every sentence of {@code text} long enough to have a key, in text order. */
    public List<Keyed> keyed(String text) {
        return keyed(normalizer.normalize(text));
    }

    /**
     * Every sentence of a text already normalised (for its fingerprint) long enough to have a key, in text order: a
     * sentence's tokens are read from the text's own, not normalised again, when no token of the text can run across
     * the sentence's edges ({@link #closed}); otherwise the sentence is normalised on its own, as it always was.
     */
    public List<Keyed> keyed(NormalizedText text) {
        List<Keyed> out = new ArrayList<>();
        String original = text.original();
        int next = 0; // the first token of the text not before the sentence being read
        for (Sentence s : splitter.split(original)) {
            List<String> tokens;
            if (closed(original, s.start()) && closed(original, s.end())) {
                while (next < text.size() && text.charStart(next) < s.start()) {
                    next++;
                }
                int from = next;
                while (next < text.size() && text.charStart(next) < s.end()) {
                    next++;
                }
                tokens = text.tokens().subList(from, next);
            } else {
                tokens = normalizer.tokens(s.text());
            }
            if (tokens.size() >= MIN_TOKENS) {
                StringBuilder b = new StringBuilder();
                for (String t : tokens) {
                    b.append(Character.isDigit(t.charAt(0)) || MONTHS.contains(t.toLowerCase(Locale.ROOT)) ? "#" : t)
                            .append(' ');
                }
                out.add(new Keyed(s, Hashing.hash("sentence", b)));
            }
        }
        return out;
    }

    /**
     * Whether no token can span the offset {@code at} of {@code text}: the char before or the char after it is a
     * plain separator (ASCII, neither letter, digit, nor a mark that joins a word: apostrophe, comma, dot), or {@code
     * at} is the text's start or end. Then the tokens on each side are those the side gives when normalised alone.
     */
    static boolean closed(String text, int at) {
        return at == 0 || at >= text.length() || separates(text.charAt(at - 1)) || separates(text.charAt(at));
    }

    private static boolean separates(char c) {
        return c < 0x80 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') && c != '\''
                && c != ',' && c != '.';
    }

    /** The distinct keys of {@code text}, sorted. */
    public long[] keys(String text) {
        return keys(normalizer.normalize(text));
    }

    /** The distinct keys of a text already normalised (see {@link #keyed(NormalizedText)}), sorted. */
    public long[] keys(NormalizedText text) {
        return keyed(text).stream().mapToLong(Keyed::key).sorted().distinct().toArray();
    }
}
