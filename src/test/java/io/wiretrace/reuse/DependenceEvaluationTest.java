package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Cross-validated accuracy of the dependence model on the METER development pairs, measured through the same
 * formula learning and measurer the service uses; then the model trained on all pairs, printed as the Java of
 * {@link DependenceModelWeights}, and the shipped model run through {@link PairComparer} on every pair.
 */
class DependenceEvaluationTest {

    private static final int FOLDS = 5;
    private static final int REPEATS = 5;
    private static final double L2 = 1.0;
    private static final int ITERATIONS = 1500;

    private final MeterDevPairs dev = new MeterDevPairs();
    private final DependenceJudge judge = new DependenceJudge(DependenceModel.DEFAULT);

    @Test
    void crossValidatedThreeWayAndBinaryFigures() {
        List<MeterDevPairs.Pair> pairs = dev.pairs;
        double[][] x = new double[pairs.size()][];
        double[][] xw = new double[pairs.size()][];
        int[] y = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            MeterDevPairs.Pair p = pairs.get(i);
            Formulas f = dev.formulas(p);
            DependenceFeatures features = judge.features(f.blank(p.derived()), f.blank(p.source()));
            x[i] = features.vector();
            xw[i] = features.whollyVector();
            y[i] = p.expected().ordinal();
        }
        double macro = 0;
        double accuracy = 0;
        int[][] confusion = null;
        for (int r = 0; r < REPEATS; r++) {
            int[] predicted = crossValidate(x, xw, y, new Random(r), Double.NaN);
            int[][] cm = confusion(y, predicted);
            macro += macroF1(cm) / REPEATS;
            accuracy += binaryAccuracy(cm) / REPEATS;
            if (r == 0) {
                confusion = cm;
            }
        }
        System.out.printf(Locale.ROOT, "dependence, %d-fold CV x %d: macro-F1 %.3f, binary accuracy %.3f%n", FOLDS,
                REPEATS, macro, accuracy);
        System.out.println("confusion (rows: wholly, partially, independent; first repeat): "
                + Arrays.deepToString(confusion));
        double shippedMacro = 0;
        double shippedAccuracy = 0;
        for (int r = 0; r < REPEATS; r++) {
            int[][] cm = confusion(y, crossValidate(x, xw, y, new Random(r), DependenceModel.DEFAULT.derivedThreshold()));
            shippedMacro += macroF1(cm) / REPEATS;
            shippedAccuracy += binaryAccuracy(cm) / REPEATS;
        }
        System.out.printf(Locale.ROOT, "dependence, %d-fold CV x %d, derived threshold fixed at the shipped %.2f: "
                + "macro-F1 %.3f, binary accuracy %.3f%n", FOLDS, REPEATS, DependenceModel.DEFAULT.derivedThreshold(),
                shippedMacro, shippedAccuracy);
        DependenceModel all = train(x, xw, y);
        System.out.println(javaOf(all));
        // floors just under the figures measured (2026-12-05: 0.640 / 0.785; 2026-12-06, with British single quotes around
        // contractions masked as quoted speech: 0.629 / 0.770; 2026-12-07, newNameShare in the wholly regression:
        // 0.636 / 0.770); the bar (0.70 / 0.82) is not met yet
        assertThat(macro).isGreaterThanOrEqualTo(0.63);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.76);
        // with the shipped derived threshold, 0.70 (chosen on METER and the pool's dependence dev half): 2026-12-06
        // 0.601 / 0.715, 2026-12-07 0.609 / 0.715 (README, "Dependence")
        assertThat(shippedMacro).isGreaterThanOrEqualTo(0.60);
        assertThat(shippedAccuracy).isGreaterThanOrEqualTo(0.70);
    }

    /**
     * The shipped model through the service's comparer (formulas learned from the store of dev texts, the PA copy
     * published first): figures on the pairs it was trained on, so above the cross-validated ones; and the cost of
     * judging dependence per pair (both directions measured, as when the order is unknown).
     */
    @Test
    void shippedModelThroughTheComparerAndItsCost() {
        PairComparer comparer = PairComparer.lexical();
        int[] y = new int[dev.pairs.size()];
        int[] p = new int[dev.pairs.size()];
        long[] nanos = new long[dev.pairs.size()];
        for (int i = 0; i < y.length; i++) {
            MeterDevPairs.Pair pair = dev.pairs.get(i);
            Formulas f = dev.formulas(pair);
            ReuseMatch m = comparer.compare(new ReuseText("pa", pair.source(), java.time.Instant.parse("2000-01-01T08:00:00Z"), null),
                    new ReuseText("paper", pair.derived(), java.time.Instant.parse("2000-01-02T06:00:00Z"), null), f);
            y[i] = pair.expected().ordinal();
            p[i] = m.dependence().level().ordinal();
            long t0 = System.nanoTime();
            judge.judge("pa", f.blank(pair.source()), "paper", f.blank(pair.derived()), null);
            nanos[i] = System.nanoTime() - t0;
        }
        int[][] cm = confusion(y, p);
        java.util.Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "shipped model via PairComparer on the dev pairs (training data): macro-F1 %.3f, "
                + "binary accuracy %.3f, confusion %s%n", macroF1(cm), binaryAccuracy(cm), Arrays.deepToString(cm));
        System.out.printf(Locale.ROOT, "dependence judgement per pair (PA copy mean %d words): p50 %.2f ms, p90 %.2f ms, "
                + "max %.2f ms%n", (int) dev.pairs.stream().mapToInt(x -> x.source().split("\\s+").length).average()
                .orElse(0), nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 9 / 10] / 1e6, nanos[nanos.length - 1] / 1e6);
        assertThat(macroF1(cm)).isGreaterThanOrEqualTo(0.63); // 2026-12-07: 0.640 (0.622 before newNameShare)
    }

    static int[] crossValidate(double[][] x, int[] y, Random random) {
        return crossValidate(x, y, random, Double.NaN);
    }

    /**
     * Cross-validated predictions: both regressions trained on each training fold, the wholly threshold tuned there,
     * and the derived threshold tuned there too, or, when {@code derivedThreshold} is a number, fixed at it (the shipped
     * one is chosen on two domains' development data, not on METER alone).
     */
    static int[] crossValidate(double[][] x, int[] y, Random random, double derivedThreshold) {
        return crossValidate(x, x, y, random, derivedThreshold);
    }

    /** As above, the wholly regression reading its own inputs {@code xw} (row by row with {@code x}). */
    static int[] crossValidate(double[][] x, double[][] xw, int[] y, Random random, double derivedThreshold) {
        int[] fold = folds(y, random);
        int[] predicted = new int[y.length];
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                if (fold[i] != f) {
                    train.add(i);
                }
            }
            DependenceModel model = train(rows(x, train), rows(xw, train), labels(y, train));
            if (!Double.isNaN(derivedThreshold)) {
                model = new DependenceModel(model.derived(), model.wholly(), derivedThreshold, model.whollyThreshold());
            }
            for (int i = 0; i < y.length; i++) {
                if (fold[i] == f) {
                    predicted[i] = predict(model, x[i], xw[i]);
                }
            }
        }
        return predicted;
    }

    /** Stratified fold of each pair (0..{@value #FOLDS}-1): each level's pairs shuffled, then dealt round. */
    static int[] folds(int[] y, Random random) {
        int[] fold = new int[y.length];
        for (int c = 0; c < 3; c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                if (y[i] == c) {
                    members.add(i);
                }
            }
            java.util.Collections.shuffle(members, random);
            for (int k = 0; k < members.size(); k++) {
                fold[members.get(k)] = k % FOLDS;
            }
        }
        return fold;
    }

    /** Both regressions, then the two thresholds that maximise macro-F1 + binary accuracy on the training pairs. */
    static DependenceModel train(double[][] x, int[] y) {
        return train(x, x, y);
    }

    /** As above, the wholly regression trained on its own inputs {@code xw} (row by row with {@code x}). */
    static DependenceModel train(double[][] x, double[][] xw, int[] y) {
        boolean[] derived = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            derived[i] = y[i] != DependenceLevel.INDEPENDENT.ordinal();
        }
        LogisticRegression d = LogisticRegression.fit(x, derived, L2, ITERATIONS);
        List<Integer> derivedRows = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (derived[i]) {
                derivedRows.add(i);
            }
        }
        double[][] dx = rows(xw, derivedRows);
        boolean[] wholly = new boolean[dx.length];
        for (int k = 0; k < dx.length; k++) {
            wholly[k] = y[derivedRows.get(k)] == DependenceLevel.WHOLLY_DERIVED.ordinal();
        }
        LogisticRegression w = LogisticRegression.fit(dx, wholly, L2, ITERATIONS);
        double best = -1;
        DependenceModel chosen = null;
        for (double t1 = 0.30; t1 <= 0.801; t1 += 0.05) {
            for (double t2 = 0.30; t2 <= 0.701; t2 += 0.05) {
                DependenceModel m = new DependenceModel(d, w, t1, t2);
                int[] p = new int[y.length];
                for (int i = 0; i < y.length; i++) {
                    p[i] = predict(m, x[i], xw[i]);
                }
                int[][] cm = confusion(y, p);
                double score = macroF1(cm) + binaryAccuracy(cm);
                if (score > best + 1e-9) {
                    best = score;
                    chosen = m;
                }
            }
        }
        return chosen;
    }

    static int predict(DependenceModel m, double[] x) {
        return predict(m, x, x);
    }

    static int predict(DependenceModel m, double[] x, double[] xw) {
        double pd = m.derived().probability(x);
        if (pd < m.derivedThreshold()) {
            return DependenceLevel.INDEPENDENT.ordinal();
        }
        return m.wholly().probability(xw) >= m.whollyThreshold() ? DependenceLevel.WHOLLY_DERIVED.ordinal()
                : DependenceLevel.PARTIALLY_DERIVED.ordinal();
    }

    static int[][] confusion(int[] y, int[] p) {
        int[][] cm = new int[3][3];
        for (int i = 0; i < y.length; i++) {
            cm[y[i]][p[i]]++;
        }
        return cm;
    }

    static double macroF1(int[][] cm) {
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            int predicted = cm[0][c] + cm[1][c] + cm[2][c];
            int actual = cm[c][0] + cm[c][1] + cm[c][2];
            double precision = predicted == 0 ? 0 : (double) cm[c][c] / predicted;
            double recall = actual == 0 ? 0 : (double) cm[c][c] / actual;
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return sum / 3;
    }

    /** Derived (wholly or partially) against independent. */
    static double binaryAccuracy(int[][] cm) {
        int total = 0;
        int right = cm[2][2];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                total += cm[a][b];
                if (a != 2 && b != 2) {
                    right += cm[a][b];
                }
            }
        }
        return (double) right / total;
    }

    private static double[][] rows(double[][] x, List<Integer> idx) {
        return idx.stream().map(i -> x[i]).toArray(double[][]::new);
    }

    private static int[] labels(int[] y, List<Integer> idx) {
        return idx.stream().mapToInt(i -> y[i]).toArray();
    }

    private static String javaOf(DependenceModel m) {
        return String.format(Locale.ROOT, """
                trained on all dev pairs:
                        double[] mean = %s;
                        double[] scale = %s;
                        derived weights %s bias %.4f
                        wholly mean %s scale %s weights %s bias %.4f
                        thresholds %.2f %.2f""",
                arr(m.derived().mean()), arr(m.derived().scale()), arr(m.derived().weights()), m.derived().bias(),
                arr(m.wholly().mean()), arr(m.wholly().scale()), arr(m.wholly().weights()), m.wholly().bias(),
                m.derivedThreshold(), m.whollyThreshold());
    }

    private static String arr(double[] v) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < v.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", v[i]));
        }
        return b.append('}').toString();
    }
}
