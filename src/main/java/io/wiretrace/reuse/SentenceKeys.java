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
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
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
        List<Keyed> out = new ArrayList<>();
        for (Sentence s : splitter.split(text)) {
            List<String> tokens = normalizer.tokens(s.text());
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

    /** The distinct keys of {@code text}, sorted. */
    public long[] keys(String text) {
        return keyed(text).stream().mapToLong(Keyed::key).sorted().distinct().toArray();
    }
}
