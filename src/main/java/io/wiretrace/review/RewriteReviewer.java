package io.wiretrace.review;

import io.wiretrace.reuse.AnchorExtractor;
import io.wiretrace.reuse.LexicalSentenceEmbedder;
import io.wiretrace.reuse.ReuseThresholds;
import io.wiretrace.reuse.Sentence;
import io.wiretrace.reuse.SentenceAligner;
import io.wiretrace.reuse.SentenceEmbedder;
import io.wiretrace.reuse.SentencePair;
import io.wiretrace.reuse.SentenceSplitter;
import io.wiretrace.reuse.TextNormalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a rewrite with its source sentence by sentence. Sentences with the same words in the same order are
 * paired first (in order, one to one, at any length); the rest are aligned by meaning with the {@link SentenceAligner}
 * (which ignores sentences under five words), keeping pairs that share at least {@value #MIN_SHARED_WORDS} content
 * words; a source sentence left over may join a rewrite sentence that condenses it with another, and a rewrite sentence left over the source sentence it splits. A pair whose word diff keeps at least {@value #EDITED_MIN_OVERLAP} of the content words (Dice overlap,
 * function words left out) is EDITED, a weaker pair PARAPHRASED; a sentence takes the class of its best pair.
 * Then changed facts per aligned pair ({@link FactComparer}), credit changes ({@link CreditComparer}) and the summary.
 * Immutable and thread-safe when the aligner is.
 */
public final class RewriteReviewer {

    /**
     * Dice overlap of content words from which an aligned pair is an edit rather than a paraphrase: an edit keeps at
     * least 70% of the meaning-bearing words; below, a third or more are new, which is rewording.
     */
    public static final double EDITED_MIN_OVERLAP = 0.7;

    /**
     * Content words (by their first five letters) an aligned pair must share to count at all: the lexical aligner
     * lets two short sentences of different stories pair on one rare word ("want", "two").
     */
    public static final int MIN_SHARED_WORDS = 2;

    private final SentenceSplitter splitter;
    private final SentenceAligner aligner;
    private final TextNormalizer normalizer;
    private final WordDiff wordDiff;
    private final FactComparer facts;
    private final CreditComparer credits = new CreditComparer();

    public RewriteReviewer(SentenceSplitter splitter, SentenceAligner aligner, TextNormalizer normalizer,
            AnchorExtractor anchors) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.aligner = Objects.requireNonNull(aligner, "aligner");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.wordDiff = new WordDiff(normalizer);
        this.facts = new FactComparer(normalizer, anchors);
    }

    /** Default reuse thresholds, lexical-only (deterministic) alignment, or {@code semantic} when not null. */
    public static RewriteReviewer withSemanticModel(SentenceEmbedder semantic) {
        return withSemanticModel(semantic, ReuseThresholds.DEFAULT);
    }

    /** A reviewer aligning with {@code semantic} (null: lexical only) at the given sentence-pair thresholds. */
    public static RewriteReviewer withSemanticModel(SentenceEmbedder semantic, ReuseThresholds thresholds) {
        TextNormalizer normalizer = new TextNormalizer();
        AnchorExtractor anchors = new AnchorExtractor(normalizer);
        SentenceAligner aligner = new SentenceAligner(new LexicalSentenceEmbedder(normalizer), semantic, anchors,
                thresholds);
        return new RewriteReviewer(new SentenceSplitter(), aligner, normalizer, anchors);
    }

    /** Lexical-only reviewer with default thresholds. */
    public static RewriteReviewer lexical() {
        return withSemanticModel(null);
    }

    /** Compares {@code rewrite} (the derived article) with {@code source}. */
    public Review review(ReviewText rewrite, ReviewText source) {
        Objects.requireNonNull(rewrite, "rewrite");
        Objects.requireNonNull(source, "source");
        List<Sentence> rs = splitter.split(rewrite.bodyText());
        List<Sentence> ss = splitter.split(source.bodyText());
        List<Pair> pairs = new ArrayList<>(verbatimPairs(rs, ss));
        pairs.addAll(alignedPairs(rs, ss, pairs));
        List<ChangedFact> changed = new ArrayList<>();
        for (Pair p : pairs) {
            if (p.pairClass != SentenceClass.VERBATIM) {
                changed.addAll(facts.compare(p.r, p.s, p.diff));
            }
        }
        changed.sort(Comparator.comparingInt(ChangedFact::rewriteStart));
        List<ReviewedSentence> rewriteOut = classify(rs, pairs, true);
        List<ReviewedSentence> sourceOut = classify(ss, pairs, false);
        return new Review(rewrite.id(), source.id(), rewriteOut, sourceOut, changed,
                credits.compare(rewrite, source), Summaries.of(rewriteOut, sourceOut));
    }

    private List<Pair> verbatimPairs(List<Sentence> rs, List<Sentence> ss) {
        Map<String, ArrayDeque<Sentence>> byWords = new HashMap<>();
        for (Sentence s : ss) {
            byWords.computeIfAbsent(key(s), k -> new ArrayDeque<>()).add(s);
        }
        List<Pair> out = new ArrayList<>();
        for (Sentence r : rs) {
            ArrayDeque<Sentence> same = byWords.get(key(r));
            if (same != null && !same.isEmpty()) {
                Sentence s = same.poll();
                out.add(new Pair(r, s, 1.0, SentenceClass.VERBATIM, wordDiff.diff(r, s)));
            }
        }
        return out;
    }

    private String key(Sentence s) {
        return String.join(" ", normalizer.normalize(s.text()).tokens());
    }

    /**
     * Aligns all sentences, so the lexical weights see both whole texts, and keeps the pairs between sentences the
     * verbatim pass left unpaired. Then a source sentence still unpaired joins the rewrite sentence it scores best with
     * among the aligner's candidates when that one holds a single pair: rewrites condense two source sentences into
     * one (the aligner grants a second pair only well above its threshold, so the condensed one looked dropped).
     * Likewise a rewrite sentence still unpaired joins the source sentence it scores best with when that one holds a
     * single pair: rewrites split one source sentence in two, and the second half is not a new claim.
     */
    private List<Pair> alignedPairs(List<Sentence> rs, List<Sentence> ss, List<Pair> verbatim) {
        boolean[] usedR = new boolean[rs.size()];
        boolean[] usedS = new boolean[ss.size()];
        verbatim.forEach(p -> {
            usedR[p.r.index()] = true;
            usedS[p.s.index()] = true;
        });
        List<Pair> out = new ArrayList<>();
        SentenceAligner.Alignment alignment = aligner.alignWithCandidates(rs, ss);
        int[] pairsOfR = new int[rs.size()];
        int[] pairsOfS = new int[ss.size()];
        for (SentencePair sp : alignment.pairs()) {
            if (!usedR[sp.a().index()] && !usedS[sp.b().index()]) {
                pair(sp).ifPresent(p -> {
                    out.add(p);
                    pairsOfR[p.r.index()]++;
                    pairsOfS[p.s.index()]++;
                });
            }
        }
        // best first: condensed source sentences, then a source sentence split in two
        joinLeftOvers(alignment.candidates(), usedS, pairsOfS, usedR, pairsOfR, false, out);
        joinLeftOvers(alignment.candidates(), usedR, pairsOfR, usedS, pairsOfS, true, out);
        return out;
    }

    /**
     * Pairs each candidate whose sentence on the left-over side (the rewrite's when {@code rewriteSide}) holds no pair
     * yet with a counterpart holding exactly one, outside the verbatim pass ({@code used*}).
     */
    private void joinLeftOvers(List<SentencePair> candidates, boolean[] usedLeft, int[] pairsOfLeft, boolean[] usedOther,
            int[] pairsOfOther, boolean rewriteSide, List<Pair> out) {
        for (SentencePair sp : candidates) {
            int left = rewriteSide ? sp.a().index() : sp.b().index();
            int other = rewriteSide ? sp.b().index() : sp.a().index();
            if (!usedLeft[left] && pairsOfLeft[left] == 0 && !usedOther[other] && pairsOfOther[other] == 1) {
                pair(sp).ifPresent(p -> {
                    out.add(p);
                    pairsOfLeft[left]++;
                    pairsOfOther[other]++;
                });
            }
        }
    }

    private java.util.Optional<Pair> pair(SentencePair sp) {
        WordDiff.Result d = wordDiff.diff(sp.a(), sp.b());
        if (!d.identical() && d.sharedContentWords() < MIN_SHARED_WORDS) {
            return java.util.Optional.empty(); // one shared rare word lifts a short pair over the threshold
        }
        SentenceClass c = d.identical() ? SentenceClass.VERBATIM
                : d.overlap() >= EDITED_MIN_OVERLAP ? SentenceClass.EDITED : SentenceClass.PARAPHRASED;
        return java.util.Optional.of(new Pair(sp.a(), sp.b(), sp.similarity(), c, d));
    }

    private static List<ReviewedSentence> classify(List<Sentence> sentences, List<Pair> pairs, boolean rewriteSide) {
        List<ReviewedSentence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Pair> mine = pairs.stream().filter(p -> (rewriteSide ? p.r : p.s).index() == s.index())
                    .sorted(Comparator.comparingDouble((Pair p) -> p.similarity).reversed()).toList();
            if (mine.isEmpty()) {
                SentenceClass c = rewriteSide ? SentenceClass.ADDED : SentenceClass.DROPPED;
                out.add(new ReviewedSentence(s.index(), s.text(), s.start(), s.end(), c, List.of(), List.of()));
                continue;
            }
            List<Counterpart> counterparts = mine.stream().map(p -> counterpart(rewriteSide ? p.s : p.r, p.similarity))
                    .toList();
            Pair best = mine.get(0);
            List<DiffOp> diff = best.pairClass == SentenceClass.EDITED ? best.diff.ops() : List.of();
            out.add(new ReviewedSentence(s.index(), s.text(), s.start(), s.end(), best.pairClass, counterparts, diff));
        }
        return out;
    }

    private static Counterpart counterpart(Sentence s, double similarity) {
        return new Counterpart(s.index(), s.text(), s.start(), s.end(), similarity);
    }

    /** One aligned pair with its class and word diff. */
    private record Pair(Sentence r, Sentence s, double similarity, SentenceClass pairClass, WordDiff.Result diff) {
    }
}
