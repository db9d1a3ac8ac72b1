package io.wiretrace.reuse;

import java.util.HashMap;
import java.util.Map;

/**
 * The pool's pages as a store would count them: articles per sentence key and per anchor fact, so a pair's formulas
 * and common facts are learned from all the pages, as the service learns them from the stored articles.
 */
final class PoolStore {

    private final Map<Long, Integer> sentenceCounts = new HashMap<>();
    private final Map<Long, Integer> factCounts = new HashMap<>();
    private final SentenceKeys keys = new SentenceKeys();
    private final AnchorExtractor anchors = new AnchorExtractor(new TextNormalizer());

    PoolStore(Iterable<String> bodies) {
        for (String body : bodies) {
            for (long k : keys.keys(body)) {
                sentenceCounts.merge(k, 1, Integer::sum);
            }
            for (long k : anchors.extract(body).keys()) {
                factCounts.merge(k, 1, Integer::sum);
            }
        }
    }

    /** The formulas and common facts the store has learned for two of its texts. */
    Formulas formulas(String a, String b) {
        Map<Long, Integer> facts = new HashMap<>();
        for (String text : new String[] {a, b}) {
            for (long k : anchors.extract(text).keys()) {
                facts.put(k, factCounts.getOrDefault(k, 0));
            }
        }
        return Formulas.learn(sentenceCounts, facts, a, b);
    }
}
