package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Aligns the sentences of two texts by meaning, one to one. Each pair is scored by TF-IDF cosine (always) and, when a
 * semantic embedder is given, by embedding cosine, combined as {@code 0.6 * semantic + 0.4 * lexical}; shared anchor
 * facts add a bonus (0.1 for a shared quote or rare number, 0.05 for a name or a number with context; at most 0.15),
 * because a rewrite that keeps "1,383" and "Fuad Hussein" in one sentence is saying the same thing whatever its
 * words. Pairs are then taken greedily, best first, while the score reaches the threshold for the mode
 * ({@link ReuseThresholds#minPairLexical()} or {@link ReuseThresholds#minPairSemantic()}). Each sentence takes part
 * in one pair, or in two when the second pair scores {@value #SECOND_PAIR_MARGIN} above the threshold: rewrites
 * merge two source sentences into one, and summaries restate a later sentence. With a semantic embedder, pairs whose
 * lexical cosine reaches {@value #SETTLED_LEXICAL} are settled first and their sentences are not embedded: most of
 * a copied or lightly edited text costs no model call.
 * Immutable and thread-safe when the embedders are.
 */
public final class SentenceAligner {

    /** Shorter sentences (menu items, datelines, "Politics") are never aligned: they match anything on one topic. */
    public static final int MIN_SENTENCE_TOKENS = 5;
    static final double MAX_ANCHOR_BONUS = 0.15;
    static final double SECOND_PAIR_MARGIN = 0.1;
    /**
     * Lexical cosine from which, with a semantic embedder, a pair is settled without the model: at 0.8 two sentences
     * share nearly all their weighted words (a kept or lightly edited sentence), whose embedding cosine is as high.
     */
    static final double SETTLED_LEXICAL = 0.8;

    private final SentenceEmbedder lexical;
    private final SentenceEmbedder semantic;
    private final AnchorExtractor anchors;
    private final double threshold;
    private final TextNormalizer normalizer = new TextNormalizer();

    /**
     * @param lexical the always-on lexical embedder
     * @param semantic a neural embedder, or null for lexical-only (deterministic) alignment
     */
    public SentenceAligner(SentenceEmbedder lexical, SentenceEmbedder semantic, AnchorExtractor anchors,
            ReuseThresholds thresholds) {
        this.lexical = lexical;
        this.semantic = semantic;
        this.anchors = anchors;
        this.threshold = semantic == null ? thresholds.minPairLexical() : thresholds.minPairSemantic();
    }

    public boolean usesSemanticModel() {
        return semantic != null;
    }

    /** Whether {@code s} is long enough to take part in alignment ({@value #MIN_SENTENCE_TOKENS} words or more). */
    public boolean alignable(Sentence s) {
        return normalizer.normalize(s.text()).size() >= MIN_SENTENCE_TOKENS;
    }

    /** Aligned pairs, in the order of the first text. Sentences that are not {@link #alignable} take part in none. */
    public List<SentencePair> align(List<Sentence> a, List<Sentence> b) {
        return alignWithCandidates(a, b).pairs();
    }

    /**
     * The aligned pairs and every candidate pair that reached the threshold (before the one-to-one choice), for
     * callers that apply rules of their own to the sentences left unpaired.
     *
     * @param pairs the aligned pairs, in the order of the first text
     * @param candidates all pairs scoring at or above the threshold, best first (settled pairs included)
     */
    public record Alignment(List<SentencePair> pairs, List<SentencePair> candidates) {
    }

    /** {@link #align} with the candidate pairs it chose from. */
    public Alignment alignWithCandidates(List<Sentence> a, List<Sentence> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return new Alignment(List.of(), List.of());
        }
        List<String> batch = new ArrayList<>();
        a.forEach(s -> batch.add(s.text()));
        b.forEach(s -> batch.add(s.text()));
        float[][] lex = lexical.embed(batch);
        List<AnchorFacts> facts = batch.stream().map(anchors::extract).toList();
        List<Set<String>> factIds = facts.stream().map(AnchorFacts::ids).toList();
        boolean[] eligible = new boolean[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            eligible[i] = alignable(i < a.size() ? a.get(i) : b.get(i - a.size()));
        }
        boolean[] settled = new boolean[batch.size()];
        List<SentencePair> scored = new ArrayList<>(semantic == null ? List.of()
                : settle(a, b, lex, facts, factIds, eligible, settled));
        float[][] sem = semantic == null ? null : embedUnsettled(batch, eligible, settled);
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                int bj = a.size() + j;
                if (!eligible[i] || !eligible[bj] || settled[i] || settled[bj]) {
                    continue;
                }
                double l = SentenceEmbedder.cosine(lex[i], lex[bj]);
                double s = sem == null ? Double.NaN : SentenceEmbedder.cosine(sem[i], sem[bj]);
                double base = sem == null ? l : 0.6 * s + 0.4 * l;
                if (base < threshold - MAX_ANCHOR_BONUS) {
                    continue; // cannot reach the threshold even with the anchor bonus
                }
                List<Anchor> shared = shared(facts, factIds, i, bj);
                double score = Math.min(1.0, base + bonus(shared));
                if (score >= threshold) {
                    scored.add(new SentencePair(a.get(i), b.get(j), score, l, s, shared));
                }
            }
        }
        scored.sort(Comparator.comparingDouble(SentencePair::similarity).reversed());
        return new Alignment(greedy(scored, a.size(), b.size()), List.copyOf(scored));
    }

    /**
     * With a semantic embedder: pairs whose lexical cosine reaches {@value #SETTLED_LEXICAL} are the same sentence,
     * kept or lightly edited. They are paired here, best first and one to one, and their sentences marked settled so
     * the (costly) semantic model never embeds them; their similarity is the lexical score with the anchor bonus,
     * their semantic score NaN (not computed), and they take no second pair.
     */
    private List<SentencePair> settle(List<Sentence> a, List<Sentence> b, float[][] lex, List<AnchorFacts> facts,
            List<Set<String>> factIds, boolean[] eligible, boolean[] settled) {
        List<SentencePair> near = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                int bj = a.size() + j;
                if (eligible[i] && eligible[bj]) {
                    double l = SentenceEmbedder.cosine(lex[i], lex[bj]);
                    if (l >= SETTLED_LEXICAL) {
                        List<Anchor> shared = shared(facts, factIds, i, bj);
                        near.add(new SentencePair(a.get(i), b.get(j), Math.min(1.0, l + bonus(shared)), l, Double.NaN,
                                shared));
                    }
                }
            }
        }
        near.sort(Comparator.comparingDouble(SentencePair::lexical).reversed());
        List<SentencePair> out = new ArrayList<>();
        for (SentencePair p : near) {
            int i = p.a().index();
            int bj = a.size() + p.b().index();
            if (!settled[i] && !settled[bj]) {
                settled[i] = true;
                settled[bj] = true;
                out.add(p);
            }
        }
        return out;
    }

    /** Semantic vectors of the eligible, unsettled sentences (null elsewhere), embedded in one call. */
    private float[][] embedUnsettled(List<String> batch, boolean[] eligible, boolean[] settled) {
        List<String> todo = new ArrayList<>();
        int[] where = new int[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            where[i] = eligible[i] && !settled[i] ? todo.size() : -1;
            if (where[i] >= 0) {
                todo.add(batch.get(i));
            }
        }
        float[][] vectors = todo.isEmpty() ? new float[0][] : semantic.embed(todo);
        float[][] out = new float[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            out[i] = where[i] >= 0 ? vectors[where[i]] : null;
        }
        return out;
    }

    private static List<Anchor> shared(List<AnchorFacts> facts, List<Set<String>> factIds, int i, int bj) {
        return factIds.get(bj).isEmpty() ? List.of() : facts.get(i).sharedWith(factIds.get(bj));
    }

    private static double bonus(List<Anchor> shared) {
        double bonus = 0;
        for (Anchor anchor : shared) {
            boolean strong = anchor.kind() == AnchorKind.QUOTE
                    || (anchor.kind() == AnchorKind.NUMBER && !anchor.normalized().contains(" "));
            bonus += strong ? 0.1 : 0.05;
        }
        return Math.min(MAX_ANCHOR_BONUS, bonus);
    }

    private List<SentencePair> greedy(List<SentencePair> scored, int aSize, int bSize) {
        int[] usedA = new int[aSize];
        int[] usedB = new int[bSize];
        List<SentencePair> out = new ArrayList<>();
        for (SentencePair p : scored) { // best first
            int ua = usedA[p.a().index()];
            int ub = usedB[p.b().index()];
            boolean first = ua == 0 && ub == 0;
            boolean second = ua + ub == 1 && p.similarity() >= threshold + SECOND_PAIR_MARGIN;
            if (first || second) {
                usedA[p.a().index()]++;
                usedB[p.b().index()]++;
                out.add(p);
            }
        }
        out.sort(Comparator.comparingInt((SentencePair p) -> p.a().index()).thenComparingInt(p -> p.b().index()));
        return out;
    }
}
