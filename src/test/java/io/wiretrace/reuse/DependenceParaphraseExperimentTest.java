package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.embedding.MiniLmSentenceEmbedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Experiment (issue 14, point 3): does a paraphrase measure with the sentence model (MiniLM) add to the dependence
 * features on the METER development pairs? Same cross-validation as {@link DependenceEvaluationTest} (stratified 5-fold
 * × 5 repeats, thresholds tuned inside each training fold), feature sets with and without the paraphrase features.
 * Prints the figures and fails when a paraphrase feature starts to help (then it should be shipped and the README
 * updated); the shipped model is unchanged. Runs about a minute (MiniLM embeds every dev sentence).
 *
 * <p>Paraphrase features of the later text L against the earlier E: {@code paraphraseShare}, the share of L's words in
 * sentences whose best MiniLM cosine with a sentence of E reaches {@value #PARAPHRASE} (sentences mostly inside
 * quotations never count, as in the lexical tracing), and {@code meanBestCosine} over L's unquoted sentences.
 */
class DependenceParaphraseExperimentTest {

    static final double PARAPHRASE = 0.7;
    private static final double[] THRESHOLDS = {0.6, 0.7, 0.8, 0.9};
    private static final int REPEATS = 5;

    private final MeterDevPairs dev = new MeterDevPairs();
    private final DependenceJudge judge = new DependenceJudge(DependenceModel.DEFAULT);
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void paraphraseFeaturesCrossValidated() {
        MiniLmSentenceEmbedder model = new MiniLmSentenceEmbedder();
        List<MeterDevPairs.Pair> pairs = dev.pairs;
        double[][] base = new double[pairs.size()][];
        double[][] para = new double[pairs.size()][];
        int[] y = new int[pairs.size()];
        long t0 = System.nanoTime();
        for (int i = 0; i < pairs.size(); i++) {
            MeterDevPairs.Pair p = pairs.get(i);
            Formulas f = dev.formulas(p);
            String later = f.blank(p.derived());
            String earlier = f.blank(p.source());
            base[i] = judge.features(later, earlier).vector();
            para[i] = paraphrase(model, later, earlier);
            y[i] = p.expected().ordinal();
        }
        System.out.printf(Locale.ROOT, "paraphrase features of %d pairs in %.1f s%n", pairs.size(), (System.nanoTime() - t0) / 1e9);
        double lexical = report("base (4 lexical features)", base, y);
        double best = 0;
        for (int t = 0; t < THRESHOLDS.length; t++) {
            double[][] one = new double[para.length][];
            for (int i = 0; i < para.length; i++) {
                one[i] = new double[] {para[i][2 + t]};
            }
            best = Math.max(best, report("base + paraphraseShare@" + THRESHOLDS[t], join(base, one, 1), y));
        }
        double[][] mean = new double[para.length][];
        for (int i = 0; i < para.length; i++) {
            mean[i] = new double[] {para[i][1]};
        }
        best = Math.max(best, report("base + meanBestCosine", join(base, mean, 1), y));
        // the README says no paraphrase feature helps (2026-12-06); when one does, ship it and say so there
        assertThat(best).as("best macro-F1 with a paraphrase feature vs the lexical features' %.3f", lexical)
                .isLessThanOrEqualTo(lexical + 0.005);
    }

    private double[] paraphrase(MiniLmSentenceEmbedder model, String later, String earlier) {
        List<Sentence> l = unquoted(later);
        List<Sentence> e = unquoted(earlier);
        int words = later.split("\\s+").length;
        if (l.isEmpty() || e.isEmpty()) {
            return new double[2 + THRESHOLDS.length];
        }
        List<String> batch = new ArrayList<>();
        l.forEach(s -> batch.add(s.text()));
        e.forEach(s -> batch.add(s.text()));
        float[][] v = model.embed(batch);
        int traced = 0;
        int[] at = new int[THRESHOLDS.length];
        double sum = 0;
        for (int i = 0; i < l.size(); i++) {
            double best = 0;
            for (int j = 0; j < e.size(); j++) {
                best = Math.max(best, SentenceEmbedder.cosine(v[i], v[l.size() + j]));
            }
            sum += best;
            int w = l.get(i).text().split("\\s+").length;
            if (best >= PARAPHRASE) {
                traced += w;
            }
            for (int t = 0; t < THRESHOLDS.length; t++) {
                at[t] += best >= THRESHOLDS[t] ? w : 0;
            }
        }
        double[] out = new double[2 + THRESHOLDS.length];
        out[0] = Math.min(1, (double) traced / Math.max(1, words));
        out[1] = sum / l.size();
        for (int t = 0; t < THRESHOLDS.length; t++) {
            out[2 + t] = Math.min(1, (double) at[t] / Math.max(1, words));
        }
        return out;
    }

    /** Sentences of five words or more, at most half inside quoted speech. */
    private List<Sentence> unquoted(String text) {
        boolean[] q = QuotedSpeech.mask(text);
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : splitter.split(text)) {
            int quoted = 0;
            for (int i = s.start(); i < s.end(); i++) {
                quoted += q[i] ? 1 : 0;
            }
            if (s.text().split("\\s+").length >= 5 && quoted <= (s.end() - s.start()) / 2) {
                out.add(s);
            }
        }
        return out;
    }

    private static double[][] join(double[][] a, double[][] b, int take) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = Arrays.copyOf(a[i], a[i].length + take);
            System.arraycopy(b[i], 0, out[i], a[i].length, take);
        }
        return out;
    }

    /** Prints the cross-validated figures of one feature set and returns its macro-F1. */
    private static double report(String name, double[][] x, int[] y) {
        double macro = 0;
        double accuracy = 0;
        int[][] first = null;
        for (int r = 0; r < REPEATS; r++) {
            int[][] cm = DependenceEvaluationTest.confusion(y, DependenceEvaluationTest.crossValidate(x, y, new Random(r)));
            macro += DependenceEvaluationTest.macroF1(cm) / REPEATS;
            accuracy += DependenceEvaluationTest.binaryAccuracy(cm) / REPEATS;
            first = r == 0 ? cm : first;
        }
        System.out.printf(Locale.ROOT, "%s: 5-fold CV x %d: macro-F1 %.3f, binary accuracy %.3f, confusion (first repeat) %s%n",
                name, REPEATS, macro, accuracy, Arrays.deepToString(first));
        return macro;
    }
}
