package io.wiretrace.reuse;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Formulas learned from a store: sentences (by {@link SentenceKeys} key) that recur across many stored articles, such
 * as an agency's copyright and rights lines, its time stamps, "On the Net:", a site's newsletter prompt or related-story
 * list. They are not the story: {@link #blank} removes them from a text before comparison, so they count toward no
 * reuse class and no dependence. Never a hand list: a sentence is a formula only by its counts in the store.
 *
 * <p>The rule ({@link #learn}): a sentence is a formula of a text when at least {@value #MIN_ARTICLES} stored articles
 * hold it and at least {@value #OVER_TYPICAL} times as many as hold the text's typical sentence (the median count of
 * its sentences). The second condition keeps a wire story that fifty sites copied whole: each of its sentences is in
 * fifty articles, so none stands out, while its copyright line, in thousands, does. Immutable and thread-safe.
 *
 * <p>The store also says which facts are common ({@code commonFacts}): anchor facts (names, numbers with context,
 * quotes; {@link Anchor#key()}) held by at least {@value #COMMON_FACT_ARTICLES} stored articles, such as the names
 * every page of the day mentions. They never make two articles the same story.
 *
 * @param keys the formula sentence keys
 * @param commonFacts anchor keys too common in the store to tie two articles to one event
 */
public record Formulas(Set<Long> keys, Set<Long> commonFacts) {

    /** A sentence held by fewer stored articles is never a formula. */
    public static final int MIN_ARTICLES = 3;
    /** How many times more articles than the text's typical sentence a formula appears in. */
    public static final int OVER_TYPICAL = 3;
    /** Nothing learned (no store). */
    public static final Formulas NONE = new Formulas(Set.of(), Set.of());
    /** A fact held by this many stored articles is common news vocabulary, not a fact of one event. */
    public static final int COMMON_FACT_ARTICLES = 8;

    private static final SentenceKeys SENTENCE_KEYS = new SentenceKeys();
    /**
     * Quotation marks survive blanking: a formula can be the first sentence of a quotation that runs on ("'I have not
     * spoken to anyone.' …" quoted by many papers), and blanking its opening mark would leave the rest unquoted.
     */
    private static final String QUOTE_MARKS = "“”\"«»„‘’'";

    public Formulas {
        keys = Set.copyOf(keys);
        commonFacts = Set.copyOf(commonFacts);
    }

    /**
     * The formulas of the texts, from the stored article counts of their sentence keys ({@code counts}: key to the
     * number of stored articles holding it, capped by the store; a key absent is in none).
     */
    public static Formulas learn(Map<Long, Integer> counts, String... texts) {
        return learn(counts, Map.of(), texts);
    }

    /**
     * As {@link #learn(Map, String...)}, with the stored article counts of the texts' anchor facts ({@code factCounts},
     * capped by the store) to learn which are common.
     */
    public static Formulas learn(Map<Long, Integer> counts, Map<Long, Integer> factCounts, String... texts) {
        Set<Long> common = new HashSet<>();
        factCounts.forEach((k, n) -> {
            if (n >= COMMON_FACT_ARTICLES) {
                common.add(k);
            }
        });
        Set<Long> out = new HashSet<>();
        for (String text : texts) {
            long[] keys = SENTENCE_KEYS.keys(text);
            if (keys.length == 0) {
                continue;
            }
            int[] n = Arrays.stream(keys).mapToInt(k -> counts.getOrDefault(k, 0)).sorted().toArray();
            int typical = Math.max(1, n[n.length / 2]);
            for (long k : keys) {
                int c = counts.getOrDefault(k, 0);
                if (c >= MIN_ARTICLES && c >= OVER_TYPICAL * typical) {
                    out.add(k);
                }
            }
        }
        return new Formulas(out, common);
    }

    /** Whether nothing was learned. */
    public boolean isEmpty() {
        return keys.isEmpty() && commonFacts.isEmpty();
    }

    /** Whether an anchor fact is common in the store. */
    public boolean isCommon(Anchor fact) {
        return commonFacts.contains(fact.key());
    }

    /**
     * {@code text} with its formula sentences replaced by spaces, quotation marks kept (offsets unchanged, so passages
     * found in the blanked text index the original).
     */
    public String blank(String text) {
        if (keys.isEmpty() || text == null) {
            return text;
        }
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (SentenceKeys.Keyed k : SENTENCE_KEYS.keyed(text)) {
            if (keys.contains(k.key())) {
                for (int i = k.sentence().start(); i < k.sentence().end(); i++) {
                    chars[i] = QUOTE_MARKS.indexOf(chars[i]) >= 0 ? chars[i] : ' ';
                }
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }

    /** The formula sentences of {@code text}, in order (for reasons and tests). */
    public List<String> in(String text) {
        return SENTENCE_KEYS.keyed(text).stream().filter(k -> keys.contains(k.key())).map(k -> k.sentence().text())
                .toList();
    }
}
