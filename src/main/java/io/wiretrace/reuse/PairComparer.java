package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.List;

/**
 * Verifies one candidate pair exactly: shingle containment both ways and Jaccard, verbatim passages with offsets in
 * both texts, sentence alignment by meaning, shared anchor facts, which text came first, and the class.
 * Immutable and thread-safe; build once.
 */
public final class PairComparer {

    private static final double VERBATIM_SENTENCE_SHARE = 0.8;
    /** Times this close are simultaneous: feed copies often carry the agency's own timestamp. */

    private final TextNormalizer normalizer = new TextNormalizer();
    private final Shingler shingler;
    private final PassageFinder passages;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SentenceAligner aligner;
    private final SharedWording wording = new SharedWording();
    private final AnchorExtractor anchors;
    private final ReuseClassifier classifier;
    private final DependenceJudge dependence = new DependenceJudge(DependenceModel.DEFAULT);

    public PairComparer(FingerprintParameters parameters, ReuseThresholds thresholds, SentenceAligner aligner) {
        this.shingler = new Shingler(parameters.shingleSize());
        this.passages = new PassageFinder(parameters.shingleSize(), thresholds.passageMaxGap(), thresholds.passageMinTokens());
        this.aligner = aligner;
        this.anchors = new AnchorExtractor(normalizer);
        this.classifier = new ReuseClassifier(thresholds);
    }

    /** Default parameters and thresholds with lexical-only (deterministic) sentence alignment. */
    public static PairComparer lexical() {
        return withSemanticModel(null);
    }

    /** Default parameters and thresholds, aligning sentences with {@code semantic} (null for lexical only). */
    public static PairComparer withSemanticModel(SentenceEmbedder semantic) {
        TextNormalizer normalizer = new TextNormalizer();
        SentenceAligner aligner = new SentenceAligner(new LexicalSentenceEmbedder(normalizer), semantic,
                new AnchorExtractor(normalizer), ReuseThresholds.DEFAULT);
        return new PairComparer(FingerprintParameters.DEFAULT, ReuseThresholds.DEFAULT, aligner);
    }

    /** Full verification, including sentence alignment by meaning (rewrites, same story), with nothing learned. */
    public ReuseMatch compare(ReuseText a, ReuseText b) {
        return compare(a, b, Formulas.NONE);
    }

    /**
     * Full verification with the formulas a store has learned ({@link Formulas}): their sentences are blanked in both
     * texts first, so they count toward no class and no dependence (offsets still index the original texts).
     */
    public ReuseMatch compare(ReuseText a, ReuseText b, Formulas formulas) {
        return compare(blanked(a, formulas), blanked(b, formulas), true, formulas);
    }

    /**
     * Only the dependence of {@code derived} on {@code source} (order given: the source is the earlier text), with the
     * formulas a store has learned blanked.
     */
    public Dependence dependence(ReuseText derived, ReuseText source, Formulas formulas) {
        return dependence.judge(derived.id(), formulas.blank(derived.text()), source.id(), formulas.blank(source.text()),
                source.id());
    }

    /**
     * The dependence of either text on the other, the order unknown: both directions measured, the more dependent one
     * named derived ({@link Dependence#derivedId()}), with the formulas a store has learned blanked.
     */
    public Dependence dependenceEitherWay(ReuseText a, ReuseText b, Formulas formulas) {
        return dependence.judge(a.id(), formulas.blank(a.text()), b.id(), formulas.blank(b.text()), null);
    }

    private static ReuseText blanked(ReuseText t, Formulas formulas) {
        return new ReuseText(t.id(), formulas.blank(t.text()), t.publishedAt(), t.firstSeenAt());
    }

    /**
     * Verbatim verification only: containment, Jaccard, passages, shared facts; no sentence alignment, so the class is
     * never {@code rewrite}. Several times cheaper; meant for candidates found through band or passage keys.
     */
    public ReuseMatch compareVerbatim(ReuseText a, ReuseText b) {
        return compare(a, b, false, Formulas.NONE);
    }

    private ReuseMatch compare(ReuseText a, ReuseText b, boolean alignSentences, Formulas learned) {
        NormalizedText na = normalizer.normalize(a.text());
        NormalizedText nb = normalizer.normalize(b.text());
        long[] sa = shingler.shingles(na);
        long[] sb = shingler.shingles(nb);
        long[] setA = Shingler.distinctSorted(sa);
        long[] setB = Shingler.distinctSorted(sb);
        int common = SortedSets.intersectionSize(setA, setB);
        double cAB = setA.length == 0 ? 0 : (double) common / setA.length;
        double cBA = setB.length == 0 ? 0 : (double) common / setB.length;
        int union = setA.length + setB.length - common;
        double jaccard = union == 0 ? 0 : (double) common / union;

        List<VerbatimPassage> found = toPassages(passages.find(na, sa, nb, sb), na, nb);
        List<SentencePair> aligned = List.of();
        int alignableA = 0;
        int alignableB = 0;
        if (alignSentences) {
            List<Sentence> sentA = splitter.split(a.text());
            List<Sentence> sentB = splitter.split(b.text());
            aligned = aligner.align(sentA, sentB);
            alignableA = alignable(sentA);
            alignableB = alignable(sentB);
        }
        List<SentencePair> paraphrases = paraphrasesOnly(aligned, found, a.text().length(), b.text().length());

        AnchorFacts fa = anchors.extract(a.text());
        AnchorFacts fb = anchors.extract(b.text());
        List<Anchor> shared = fa.sharedWith(fb);
        List<Anchor> specific = shared.stream().filter(x -> !learned.isCommon(x) && EventFacts.isEventFact(x)).toList();
        int specificNames = (int) specific.stream().filter(x -> x.kind() == AnchorKind.NAME).count();
        long namesA = fa.ofKind(AnchorKind.NAME).stream().filter(x -> !learned.isCommon(x)).count();
        long namesB = fb.ofKind(AnchorKind.NAME).stream().filter(x -> !learned.isCommon(x)).count();
        double nameOverlap = Math.min(namesA, namesB) == 0 ? 0 : (double) specificNames / Math.min(namesA, namesB);
        int unquoted = PageFurniture.story(found, a.text(), b.text()).stream().mapToInt(VerbatimPassage::matchedTokens)
                .sum();
        int wordingPairs = wording.pairsWithWording(a.text(), b.text(), aligned, ReuseClassifier.REWRITE_MIN_CHOSEN_WORDS);
        int quotes = (int) specific.stream().filter(x -> x.kind() == AnchorKind.QUOTE).count();
        int numbers = (int) specific.stream().filter(x -> x.kind() == AnchorKind.NUMBER).count();
        ReuseClassifier.Verdict verdict = classifier.classify(new ReuseClassifier.Evidence(cAB, cBA, unquoted,
                aligned.size(), alignableA, alignableB, specific.size(), specificNames, quotes, numbers, nameOverlap,
                wordingPairs));
        ReuseClassifier.Verdict byFacts = classifier.classify(new ReuseClassifier.Evidence(cAB, cBA, unquoted, 0,
                alignableA, alignableB, specific.size(), specificNames, quotes, numbers, nameOverlap, 0));
        String earlier = ReuseText.earlierOf(a, b);
        Dependence degree = dependence.judge(a.id(), a.text(), b.id(), b.text(), earlier);
        verdict = DegreeCheck.apply(verdict, degree, byFacts, wordingPairs);
        return new ReuseMatch(a.id(), b.id(), earlier, earlier == null ? null : basis(a, b), verdict.reuseClass(),
                verdict.reason(), cAB, cBA, jaccard, found, paraphrases, texts(shared, AnchorKind.QUOTE), texts(shared, AnchorKind.NUMBER),
                texts(shared, AnchorKind.NAME), degree);
    }

    private static List<VerbatimPassage> toPassages(List<List<PassageFinder.Tile>> merged, NormalizedText na,
            NormalizedText nb) {
        boolean[] qa = QuotedSpeech.mask(na.original());
        boolean[] qb = QuotedSpeech.mask(nb.original());
        List<VerbatimPassage> out = new ArrayList<>();
        for (List<PassageFinder.Tile> tiles : merged) {
            PassageFinder.Tile first = tiles.get(0);
            PassageFinder.Tile last = tiles.get(tiles.size() - 1);
            int aStart = na.charStart(first.aFrom());
            int aEnd = na.charEnd(last.aFrom() + last.length());
            int bStart = nb.charStart(first.bFrom());
            int bEnd = nb.charEnd(last.bFrom() + last.length());
            boolean quoted = quotedShare(qa, aStart, aEnd) >= 0.8 && quotedShare(qb, bStart, bEnd) >= 0.8;
            out.add(new VerbatimPassage(aStart, aEnd, bStart, bEnd,
                    tiles.stream().mapToInt(PassageFinder.Tile::length).sum(), quoted));
        }
        return out;
    }

    /** Share of {@code [from, to)} inside quoted speech ({@link QuotedSpeech}). */
    private static double quotedShare(boolean[] quoted, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (quoted[i]) {
                n++;
            }
        }
        return to <= from ? 0 : (double) n / (to - from);
    }

    private static List<SentencePair> paraphrasesOnly(List<SentencePair> pairs, List<VerbatimPassage> found, int aLength,
            int bLength) {
        boolean[] coveredA = new boolean[aLength];
        boolean[] coveredB = new boolean[bLength];
        for (VerbatimPassage p : found) {
            java.util.Arrays.fill(coveredA, p.aStart(), p.aEnd(), true);
            java.util.Arrays.fill(coveredB, p.bStart(), p.bEnd(), true);
        }
        return pairs.stream().filter(p -> share(coveredA, p.a()) < VERBATIM_SENTENCE_SHARE
                && share(coveredB, p.b()) < VERBATIM_SENTENCE_SHARE).toList();
    }

    private static double share(boolean[] covered, Sentence s) {
        int n = 0;
        for (int i = s.start(); i < s.end(); i++) {
            if (covered[i]) {
                n++;
            }
        }
        return s.end() == s.start() ? 0 : (double) n / (s.end() - s.start());
    }

    private int alignable(List<Sentence> sentences) {
        return (int) sentences.stream().filter(aligner::alignable).count();
    }

    private static List<String> texts(List<Anchor> anchors, AnchorKind kind) {
        return anchors.stream().filter(x -> x.kind() == kind).map(Anchor::text).toList();
    }

    private static String basis(ReuseText a, ReuseText b) {
        int stated = (a.publishedAt() != null ? 1 : 0) + (b.publishedAt() != null ? 1 : 0);
        return stated == 2 ? "publication" : stated == 0 ? "first_seen" : "mixed";
    }
}
