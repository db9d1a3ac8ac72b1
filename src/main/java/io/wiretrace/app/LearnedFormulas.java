package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.reuse.AnchorExtractor;
import io.wiretrace.reuse.Formulas;
import io.wiretrace.reuse.SentenceKeys;
import io.wiretrace.reuse.TextNormalizer;
import io.wiretrace.store.ReuseKeyCounts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * What the store has learned about two texts: which of their sentences are formulas and which of their facts are
 * common ({@link Formulas}), from the stored article counts of their sentence and fact keys. Reads a few index ranges
 * per key, each up to a cap; stored or not, any two texts (also {@code POST /api/compare}) are compared with it.
 */
@ApplicationScoped
public class LearnedFormulas {

    /** Counts are read up to this many articles per key: enough to tell a formula from a copied story's sentence. */
    static final int CAP = 300;

    private final ReuseKeyCounts counts;
    private final SentenceKeys sentenceKeys = new SentenceKeys();
    private final AnchorExtractor anchors = new AnchorExtractor(new TextNormalizer());

    public LearnedFormulas(ReuseKeyCounts counts) {
        this.counts = counts;
    }

    /** The formulas and common facts of the texts, read in a transaction of its own. */
    public Formulas of(String... texts) {
        return read(texts).of(texts);
    }

    /**
     * The stored counts of the texts' sentence and fact keys, read once (in a transaction of its own), from which the
     * formulas of any of these texts are then learned without reading again: one article against its candidates.
     */
    public Counts read(String... texts) {
        long[] sentences = Arrays.stream(texts).flatMapToLong(t -> LongStream.of(sentenceKeys.keys(t))).distinct()
                .toArray();
        long[] facts = Arrays.stream(texts).flatMapToLong(t -> LongStream.of(anchors.extract(t).keys())).distinct()
                .toArray();
        return QuarkusTransaction.requiringNew().call(() -> new Counts(counts.sentences(sentences, CAP),
                counts.facts(facts, Formulas.COMMON_FACT_ARTICLES)));
    }

    /** Stored article counts per sentence key and per fact key (each capped). */
    public record Counts(Map<Long, Integer> sentences, Map<Long, Integer> facts) {

        /** The formulas and common facts of some of the texts these counts were read for. */
        public Formulas of(String... texts) {
            return Formulas.learn(sentences, facts, texts);
        }
    }
}
