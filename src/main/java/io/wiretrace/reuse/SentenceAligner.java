package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * A pair must also say something: lexical TF-IDF uses exact term vectors (no hashed dimensions, whose collisions let
 * unrelated short sentences meet); in lexical-only mode the sentences share at least {@value #MIN_SHARED_WORDS}
 * content words, the words they share must not be a formula of either page (see {@link #formulaic}), and a pair must
 * add a shared term that no better pair used, so one repeated phrase cannot make many pairs. With a sentence model
 * these word vetoes do not apply to its pairs (a story repeats its names in most sentences, and a paraphrase often
 * shares only those): the model judges meaning; near-identical pairs settled lexically must still not be formulas.
 * Immutable and thread-safe when the embedders are.
 */
public final class SentenceAligner {

    /** Shorter sentences (menu items, datelines, "Politics") are never aligned: they match anything on one topic. */
    public static final int MIN_SENTENCE_TOKENS = 5;
    static final double MAX_ANCHOR_BONUS = 0.15;
    static final double SECOND_PAIR_MARGIN = 0.1;
    /**
     * Lexical-only mode aligns two sentences only when they share at least two content words (numbers aside): one
     * shared word between two short sentences scores high on TF-IDF yet says nothing about meaning.
     */
    static final int MIN_SHARED_WORDS = 2;
    /** Words two sentences share that occur together in this many sentences of one text are a formula of the page. */
    static final int TEMPLATE_REPEATS = 3;
    /**
     * Lexical cosine from which, with a semantic embedder, a pair is settled without the model: at 0.8 two sentences
     * share nearly all their weighted words (a kept or lightly edited sentence), whose embedding cosine is as high.
     */
    static final double SETTLED_LEXICAL = 0.8;

    private final LexicalSentenceEmbedder lexical;
    private final SentenceEmbedder semantic;
    private final AnchorExtractor anchors;
    private final double threshold;
    private final TextNormalizer normalizer = new TextNormalizer();

    /**
     * @param lexical the always-on lexical embedder
     * @param semantic a neural embedder, or null for lexical-only (deterministic) alignment
     */
    public SentenceAligner(LexicalSentenceEmbedder lexical, SentenceEmbedder semantic, AnchorExtractor anchors,
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
        TermVector[] lex = lexical.vectors(batch);
        List<AnchorFacts> facts = batch.stream().map(anchors::extract).toList();
        List<Set<String>> factIds = facts.stream().map(AnchorFacts::ids).toList();
        boolean[] eligible = new boolean[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            eligible[i] = alignable(i < a.size() ? a.get(i) : b.get(i - a.size()));
        }
        Map<Integer, BitSet> withTerm = sentencesWithTerm(lex);
        Map<SentencePair, int[]> sharedTerms = new IdentityHashMap<>();
        boolean[] settled = new boolean[batch.size()];
        double[][] lexCosine = semantic == null ? null : new double[a.size()][];
        List<SentencePair> scored = new ArrayList<>(semantic == null ? List.of()
                : settle(a, b, lex, facts, factIds, eligible, withTerm, settled, sharedTerms, lexCosine));
        float[][] sem = semantic == null ? null : embedUnsettled(batch, eligible, settled);
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                int bj = a.size() + j;
                if (!eligible[i] || !eligible[bj] || settled[i] || settled[bj]) {
                    continue;
                }
                double l = lexCosine == null ? lex[i].cosine(lex[bj]) : lexCosine[i][j];
                double s = sem == null ? Double.NaN : SentenceEmbedder.cosine(sem[i], sem[bj]);
                double base = sem == null ? l : 0.6 * s + 0.4 * l;
                if (base < threshold - MAX_ANCHOR_BONUS) {
                    continue; // cannot reach the threshold even with the anchor bonus
                }
                List<Anchor> shared = shared(facts, factIds, i, bj);
                double score = Math.min(1.0, base + bonus(shared));
                int[] terms = lex[i].shared(lex[bj]);
                if (score >= threshold && (sem != null || sharedWords(terms) >= MIN_SHARED_WORDS)
                        && (sem != null || !formulaOfEither(terms, withTerm, a.size(), batch.size()))) {
                    scored.add(new SentencePair(a.get(i), b.get(j), score, l, s, shared));
                    sharedTerms.put(scored.get(scored.size() - 1), terms);
                }
            }
        }
        scored.sort(Comparator.comparingDouble(SentencePair::similarity).reversed());
        return new Alignment(greedy(scored, sharedTerms, a.size(), b.size()), List.copyOf(scored));
    }

    /**
     * With a semantic embedder: pairs whose lexical cosine reaches {@value #SETTLED_LEXICAL} are the same sentence,
     * kept or lightly edited. They are paired here, best first and one to one, and their sentences marked settled so
     * the (costly) semantic model never embeds them; their similarity is the lexical score with the anchor bonus,
     * their semantic score NaN (not computed), and they take no second pair. Formulas of either page settle nothing.
     * The lexical cosine of every eligible pair is left in {@code lexCosine} (row per sentence of {@code a} that is
     * eligible) for the semantic pass.
     */
    private List<SentencePair> settle(List<Sentence> a, List<Sentence> b, TermVector[] lex, List<AnchorFacts> facts,
            List<Set<String>> factIds, boolean[] eligible, Map<Integer, BitSet> withTerm, boolean[] settled,
            Map<SentencePair, int[]> sharedTerms, double[][] lexCosine) {
        List<SentencePair> near = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!eligible[i]) {
                continue;
            }
            lexCosine[i] = new double[b.size()];
            for (int j = 0; j < b.size(); j++) {
                int bj = a.size() + j;
                if (eligible[bj]) {
                    double l = lex[i].cosine(lex[bj]);
                    lexCosine[i][j] = l;
                    if (l < SETTLED_LEXICAL) {
                        continue;
                    }
                    int[] terms = lex[i].shared(lex[bj]);
                    if (!formulaOfEither(terms, withTerm, a.size(), lex.length)) {
                        List<Anchor> shared = shared(facts, factIds, i, bj);
                        SentencePair pair = new SentencePair(a.get(i), b.get(j), Math.min(1.0, l + bonus(shared)), l,
                                Double.NaN, shared);
                        sharedTerms.put(pair, terms);
                        near.add(pair);
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

    /** A formula of either text ({@link #formulaic}); the first {@code aSize} sentences of the batch are the first text. */
    private static boolean formulaOfEither(int[] terms, Map<Integer, BitSet> withTerm, int aSize, int total) {
        return sharedWords(terms) > 0
                && (formulaic(terms, withTerm, 0, aSize) || formulaic(terms, withTerm, aSize, total));
    }

    /**
     * True when the words two sentences share ({@code terms}) occur together in {@value #TEMPLATE_REPEATS} or more
     * sentences of either text: a formula of the page ("Archived from the original on 4 May 2011", "Retrieved
     * 2014-07-01", a dateline), which lines up with the same formula on any other page of the site and says nothing
     * about the story.
     */
    private static boolean formulaic(int[] terms, Map<Integer, BitSet> sentencesWithTerm,
            int from, int to) {
        BitSet together = new BitSet();
        together.set(from, to);
        for (int t : terms) {
            if (t >= 0) {
                together.and(sentencesWithTerm.getOrDefault(t, new BitSet()));
            }
        }
        return together.cardinality() >= TEMPLATE_REPEATS;
    }

    private static Map<Integer, BitSet> sentencesWithTerm(TermVector[] vectors) {
        Map<Integer, BitSet> out = new HashMap<>();
        for (int i = 0; i < vectors.length; i++) {
            for (int t : vectors[i].terms()) {
                out.computeIfAbsent(t, k -> new BitSet()).set(i);
            }
        }
        return out;
    }

    private static int sharedWords(int[] terms) {
        return (int) Arrays.stream(terms).filter(t -> t >= 0).count();
    }

    private static boolean allIn(int[] terms, Set<Integer> used) {
        return Arrays.stream(terms).allMatch(used::contains);
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

    private List<SentencePair> greedy(List<SentencePair> scored, Map<SentencePair, int[]> sharedTerms,
            int aSize, int bSize) {
        int[] usedA = new int[aSize];
        int[] usedB = new int[bSize];
        Set<Integer> usedTerms = new HashSet<>();
        List<SentencePair> out = new ArrayList<>();
        for (SentencePair p : scored) { // best first
            int ua = usedA[p.a().index()];
            int ub = usedB[p.b().index()];
            boolean first = ua == 0 && ub == 0;
            boolean second = ua + ub == 1 && p.similarity() >= threshold + SECOND_PAIR_MARGIN;
            int[] terms = sharedTerms.get(p);
            if ((first || second) && (semantic != null || terms.length == 0 || !allIn(terms, usedTerms))) {
                Arrays.stream(terms).forEach(usedTerms::add);
                usedA[p.a().index()]++;
                usedB[p.b().index()]++;
                out.add(p);
            }
        }
        out.sort(Comparator.comparingInt((SentencePair p) -> p.a().index()).thenComparingInt(p -> p.b().index()));
        return out;
    }
}
