package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Experiment (issue 14): does a broader feature set, chosen honestly, beat the shipped 4 dependence features on the
 * METER development pairs? Every pair gets the {@link CandidateDependenceFeatures}; each procedure below is evaluated by
 * the same outer cross-validation as {@link DependenceEvaluationTest} (stratified 5-fold × 5 repeats), and whatever a
 * procedure chooses (features, L2 strength, thresholds) it chooses on the outer training folds only, by an inner
 * stratified 5-fold cross-validation, so the outer figures are not optimistic. Prints a table (mean and spread across
 * repeats) and the features forward selection picked per outer fold, and fails when a procedure beats the shipped
 * model (then ship it and update the README). Runs only when asked, as it takes minutes and its answer changes only
 * with the features: {@code -Ddependence.experiment=quick} (a few minutes) or {@code =full}, which adds the slow
 * procedures (about 10 minutes on 2 cores).
 */
@EnabledIfSystemProperty(named = "dependence.experiment", matches = "quick|full",
        disabledReason = "an experiment of minutes: run it with -Ddependence.experiment=quick (or full)")
class DependenceFeatureSelectionExperimentTest {

    private static final String SHIPPED = "shipped 4, ordinal, L2 1";
    /** {@code -Ddependence.experiment=full} adds the slow procedures (multinomial selection, forward additions). */
    private static final boolean FULL = "full".equals(System.getProperty("dependence.experiment"));
    private static final int FOLDS = 5;
    private static final int REPEATS = 5;
    private static final int ITERATIONS = 1500;
    private static final double[] L2_GRID = {1, 10, 30, 100};
    private static final int MAX_SELECTED = 6;
    /** Forward selection stops when the next feature adds less than this to inner macro-F1 + accuracy. */
    private static final double MIN_GAIN = 0.01;

    private final MeterDevPairs dev = new MeterDevPairs();
    private final CandidateDependenceFeatures candidates = new CandidateDependenceFeatures();
    private final DependenceJudge judge = new DependenceJudge(DependenceModel.DEFAULT);

    /** A binary probability model. */
    interface Binary {
        double p(double[] x);
    }

    /** A three-way classifier trained on rows and levels (ordinals of {@link DependenceLevel}). */
    interface Learner {
        Classifier fit(double[][] x, int[] y);
    }

    interface Classifier {
        int predict(double[] x);
    }

    /** One procedure: given the training rows it returns a classifier (selection inside is its own business). */
    interface Procedure {
        Classifier fit(double[][] x, int[] y, List<String> chosen);
    }

    @Test
    void broaderFeatureSetsUnderNestedCrossValidation() {
        List<MeterDevPairs.Pair> pairs = dev.pairs;
        int n = pairs.size();
        int d = CandidateDependenceFeatures.NAMES.length;
        double[][] x = new double[n][];
        int[] y = new int[n];
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            MeterDevPairs.Blanked b = dev.blanked(pairs.get(i));
            x[i] = join(judge.features(b.later(), b.earlier()).vector(), candidates.measure(b.later(), b.earlier()));
            y[i] = pairs.get(i).expected().ordinal();
        }
        System.out.printf(Locale.ROOT, "candidate features of %d pairs in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        assertThat(n).as("every dev pair measured").isEqualTo(175);
        for (double[] row : x) {
            assertThat(row).hasSize(4 + d);
            assertThat(Arrays.stream(row).allMatch(Double::isFinite)).as("finite features").isTrue();
        }
        int[] shipped = {0, 1, 2, 3};
        int[] all = new int[d];
        for (int j = 0; j < d; j++) {
            all[j] = 4 + j;
        }
        Map<String, Procedure> procedures = new LinkedHashMap<>();
        procedures.put(SHIPPED, fixed(shipped, ordinal(1)));
        procedures.put("shipped 4, multinomial, L2 1", fixed(shipped, multinomial(1)));
        procedures.put("gst3 alone, ordinal", fixed(idx("gst3"), ordinal(1)));
        procedures.put("c1..c5 (Clough), ordinal", fixed(idx("c1", "c2", "c3", "c4", "c5"), ordinal(1)));
        procedures.put("all 23, ordinal, L2 inner", chooseL2(all, true));
        procedures.put("shipped 4 + all 23, ordinal, L2 inner", chooseL2(join(shipped, all), true));
        procedures.put("forward selection, ordinal", forward(join(shipped, all), ordinal(1)));
        procedures.put("backward elimination from shipped 4, ordinal", backward(shipped, ordinal(1)));
        procedures.put("partlyTracedShare + trigramContainment, ordinal", fixed(new int[] {1, 3}, ordinal(1)));
        procedures.put("shipped 4 + quoteSame, ordinal", fixed(join(shipped, idx("quoteSame")), ordinal(1)));
        procedures.put("shipped 4 + quoteOrdered, ordinal", fixed(join(shipped, idx("quoteOrdered")), ordinal(1)));
        procedures.put("boosted stumps, all 23, ordinal", fixed(all, ordinalOf(DependenceFeatureSelectionExperimentTest::boost)));
        if (FULL) {
            procedures.put("all 23, multinomial, L2 inner", chooseL2(all, false));
            procedures.put("forward selection, multinomial", forward(join(shipped, all), multinomial(1)));
            procedures.put("shipped 4 + forward additions, ordinal", forwardFrom(shipped, all, ordinal(1)));
        }
        Map<String, Double> macroOf = new LinkedHashMap<>();
        System.out.println("| procedure | macro-F1 mean (sd, min–max) | binary accuracy mean (sd) |");
        System.out.println("|---|---|---|");
        for (Map.Entry<String, Procedure> e : procedures.entrySet()) {
            macroOf.put(e.getKey(), evaluate(e.getKey(), e.getValue(), x, y)[0]);
        }
        double baseline = macroOf.remove(SHIPPED);
        // the shipped model's cross-validated figure, as DependenceEvaluationTest measures it
        assertThat(baseline).isGreaterThanOrEqualTo(0.62);
        // the README says no broader set beats the shipped 4 (2026-12-06); when one does, ship it and say so there
        assertThat(macroOf).allSatisfy((name, macro) -> assertThat(macro).as(name).isLessThanOrEqualTo(baseline + 0.005));
    }

    /**
     * The outer cross-validation (stratified {@value #FOLDS}-fold × {@value #REPEATS} repeats, the folds of
     * {@link DependenceEvaluationTest}) of one procedure: prints its table row, its first repeat's confusion and what it
     * chose, and returns {mean macro-F1, mean binary accuracy}.
     */
    static double[] evaluate(String name, Procedure procedure, double[][] x, int[] y) {
        int n = y.length;
        double[] macro = new double[REPEATS];
        double[] acc = new double[REPEATS];
        Map<String, Integer> picked = new TreeMap<>();
        int[][] first = null;
        List<int[]> outcomes = java.util.stream.IntStream.range(0, REPEATS * FOLDS).parallel().mapToObj(k -> {
            int[] fold = DependenceEvaluationTest.folds(y, new Random(k / FOLDS));
            List<Integer> train = members(fold, k % FOLDS, false);
            List<String> chosen = new ArrayList<>();
            Classifier c = procedure.fit(rows(x, train), labels(y, train), chosen);
            synchronized (picked) {
                chosen.forEach(s -> picked.merge(s, 1, Integer::sum));
            }
            int[] predicted = new int[n];
            Arrays.fill(predicted, -1);
            for (int i : members(fold, k % FOLDS, true)) {
                predicted[i] = c.predict(x[i]);
            }
            return predicted;
        }).toList();
        for (int r = 0; r < REPEATS; r++) {
            int[] predicted = new int[n];
            for (int f = 0; f < FOLDS; f++) {
                int[] part = outcomes.get(r * FOLDS + f);
                for (int i = 0; i < n; i++) {
                    predicted[i] = part[i] >= 0 ? part[i] : predicted[i];
                }
            }
            int[][] cm = DependenceEvaluationTest.confusion(y, predicted);
            macro[r] = DependenceEvaluationTest.macroF1(cm);
            acc[r] = DependenceEvaluationTest.binaryAccuracy(cm);
            first = r == 0 ? cm : first;
        }
        System.out.printf(Locale.ROOT, "| %s | %.3f (%.3f, %.3f–%.3f) | %.3f (%.3f) |%n", name, mean(macro), sd(macro),
                Arrays.stream(macro).min().orElse(0), Arrays.stream(macro).max().orElse(0), mean(acc), sd(acc));
        System.out.println("    confusion, first repeat: " + Arrays.deepToString(first)
                + (picked.isEmpty() ? "" : "; chosen in the 25 outer training folds: " + picked));
        return new double[] {mean(macro), mean(acc)};
    }

    // ---- procedures ----

    private static Procedure fixed(int[] columns, Learner learner) {
        return (x, y, chosen) -> project(learner.fit(project(x, columns), y), columns);
    }

    /** L2 strength chosen by inner cross-validation, all given columns. */
    private static Procedure chooseL2(int[] columns, boolean ordinal) {
        return (x, y, chosen) -> {
            double[][] px = project(x, columns);
            double bestScore = -1;
            double bestL2 = L2_GRID[0];
            for (double l2 : L2_GRID) {
                double s = innerScore(px, y, ordinal ? ordinal(l2) : multinomial(l2));
                if (s > bestScore + 1e-9) {
                    bestScore = s;
                    bestL2 = l2;
                }
            }
            chosen.add("L2=" + (int) bestL2);
            return project((ordinal ? ordinal(bestL2) : multinomial(bestL2)).fit(px, y), columns);
        };
    }

    /** Greedy forward selection of columns by inner cross-validated macro-F1 + binary accuracy. */
    private Procedure forward(int[] columns, Learner learner) {
        return (x, y, chosen) -> {
            int[] set = forwardSelect(x, y, columns, learner);
            for (int c : set) {
                chosen.add(name(c));
            }
            return project(learner.fit(project(x, set), y), set);
        };
    }

    /** Forward selection that starts from the given columns and may add others. */
    private Procedure forwardFrom(int[] start, int[] columns, Learner learner) {
        return (x, y, chosen) -> {
            int[] set = forwardSelect(x, y, start, columns, learner);
            for (int k = start.length; k < set.length; k++) {
                chosen.add(name(set[k]));
            }
            return project(learner.fit(project(x, set), y), set);
        };
    }

    /** Backward elimination: drops a column while the inner score without it is no lower than with it. */
    private Procedure backward(int[] start, Learner learner) {
        return (x, y, chosen) -> {
            List<Integer> set = new ArrayList<>(Arrays.stream(start).boxed().toList());
            double current = innerScore(project(x, toArray(set)), y, learner);
            while (set.size() > 1) {
                double best = -1;
                int drop = -1;
                for (int c : set) {
                    List<Integer> trial = new ArrayList<>(set);
                    trial.remove(Integer.valueOf(c));
                    double s = innerScore(project(x, toArray(trial)), y, learner);
                    if (s > best + 1e-9) {
                        best = s;
                        drop = c;
                    }
                }
                if (best < current) {
                    break;
                }
                set.remove(Integer.valueOf(drop));
                chosen.add("dropped " + name(drop));
                current = best;
            }
            int[] kept = toArray(set);
            return project(learner.fit(project(x, kept), y), kept);
        };
    }

    static int[] forwardSelect(double[][] x, int[] y, int[] columns, Learner learner) {
        return forwardSelect(x, y, new int[0], columns, learner);
    }

    static int[] forwardSelect(double[][] x, int[] y, int[] start, int[] columns, Learner learner) {
        List<Integer> set = new ArrayList<>(Arrays.stream(start).boxed().toList());
        double current = start.length == 0 ? -1 : innerScore(project(x, start), y, learner);
        while (set.size() < start.length + MAX_SELECTED) {
            double best = -1;
            int bestC = -1;
            for (int c : columns) {
                if (set.contains(c)) {
                    continue;
                }
                List<Integer> trial = new ArrayList<>(set);
                trial.add(c);
                double s = innerScore(project(x, toArray(trial)), y, learner);
                if (s > best + 1e-9) {
                    best = s;
                    bestC = c;
                }
            }
            if (bestC < 0 || best < current + MIN_GAIN) {
                break;
            }
            set.add(bestC);
            current = best;
        }
        return toArray(set);
    }

    /** Inner stratified 5-fold cross-validation (one fixed shuffle): macro-F1 + binary accuracy. */
    static double innerScore(double[][] x, int[] y, Learner learner) {
        int[] fold = DependenceEvaluationTest.folds(y, new Random(1000));
        int[] predicted = new int[y.length];
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> train = members(fold, f, false);
            Classifier c = learner.fit(rows(x, train), labels(y, train));
            for (int i : members(fold, f, true)) {
                predicted[i] = c.predict(x[i]);
            }
        }
        int[][] cm = DependenceEvaluationTest.confusion(y, predicted);
        return DependenceEvaluationTest.macroF1(cm) + DependenceEvaluationTest.binaryAccuracy(cm);
    }

    // ---- learners ----

    /** The shipped reading: P(derived), then P(wholly | derived), thresholds tuned on the training rows. */
    static Learner ordinal(double l2) {
        return ordinalOf((x, y) -> {
            LogisticRegression m = LogisticRegression.fit(x, y, l2, ITERATIONS);
            return m::probability;
        });
    }

    static Learner ordinalOf(java.util.function.BiFunction<double[][], boolean[], Binary> fitter) {
        return (x, y) -> {
            boolean[] derived = new boolean[y.length];
            List<Integer> derivedRows = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                derived[i] = y[i] != DependenceLevel.INDEPENDENT.ordinal();
                if (derived[i]) {
                    derivedRows.add(i);
                }
            }
            Binary d = fitter.apply(x, derived);
            boolean[] wholly = new boolean[derivedRows.size()];
            for (int k = 0; k < wholly.length; k++) {
                wholly[k] = y[derivedRows.get(k)] == DependenceLevel.WHOLLY_DERIVED.ordinal();
            }
            Binary w = fitter.apply(rows(x, derivedRows), wholly);
            double[] pd = Arrays.stream(x).mapToDouble(d::p).toArray();
            double[] pw = Arrays.stream(x).mapToDouble(w::p).toArray();
            double best = -1;
            double[] chosen = null;
            for (double t1 = 0.30; t1 <= 0.801; t1 += 0.05) {
                for (double t2 = 0.30; t2 <= 0.701; t2 += 0.05) {
                    int[] p = new int[y.length];
                    for (int i = 0; i < y.length; i++) {
                        p[i] = level(pd[i], pw[i], t1, t2);
                    }
                    int[][] cm = DependenceEvaluationTest.confusion(y, p);
                    double score = DependenceEvaluationTest.macroF1(cm) + DependenceEvaluationTest.binaryAccuracy(cm);
                    if (score > best + 1e-9) {
                        best = score;
                        chosen = new double[] {t1, t2};
                    }
                }
            }
            double[] t = chosen;
            return row -> level(d.p(row), w.p(row), t[0], t[1]);
        };
    }

    private static int level(double pd, double pw, double t1, double t2) {
        if (pd < t1) {
            return DependenceLevel.INDEPENDENT.ordinal();
        }
        return pw >= t2 ? DependenceLevel.WHOLLY_DERIVED.ordinal() : DependenceLevel.PARTIALLY_DERIVED.ordinal();
    }

    /** Softmax regression over the three levels (standardised inputs, same L2 and steps), argmax. */
    static Learner multinomial(double l2) {
        return (x, y) -> {
            int n = x.length;
            int d = x[0].length;
            double[] mean = new double[d];
            double[] scale = new double[d];
            standardisation(x, mean, scale);
            double[][] w = new double[3][d];
            double[] b = new double[3];
            for (int it = 0; it < ITERATIONS; it++) {
                double[][] g = new double[3][d];
                double[] gb = new double[3];
                for (int i = 0; i < n; i++) {
                    double[] p = softmax(w, b, x[i], mean, scale);
                    for (int c = 0; c < 3; c++) {
                        double err = p[c] - (y[i] == c ? 1 : 0);
                        for (int j = 0; j < d; j++) {
                            g[c][j] += err * (x[i][j] - mean[j]) / scale[j] / n;
                        }
                        gb[c] += err / n;
                    }
                }
                for (int c = 0; c < 3; c++) {
                    for (int j = 0; j < d; j++) {
                        w[c][j] -= 0.5 * (g[c][j] + l2 * w[c][j] / n);
                    }
                    b[c] -= 0.5 * gb[c];
                }
            }
            return row -> {
                double[] p = softmax(w, b, row, mean, scale);
                int best = 0;
                for (int c = 1; c < 3; c++) {
                    best = p[c] > p[best] ? c : best;
                }
                return best;
            };
        };
    }

    private static void standardisation(double[][] x, double[] mean, double[] scale) {
        int n = x.length;
        for (double[] row : x) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < mean.length; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < mean.length; j++) {
            scale[j] = Math.sqrt(scale[j]) + 1e-9;
        }
    }

    private static double[] softmax(double[][] w, double[] b, double[] x, double[] mean, double[] scale) {
        double[] z = new double[3];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < 3; c++) {
            z[c] = b[c];
            for (int j = 0; j < x.length; j++) {
                z[c] += w[c][j] * (x[j] - mean[j]) / scale[j];
            }
            max = Math.max(max, z[c]);
        }
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < 3; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /**
     * Gradient-boosted decision stumps on the log loss (Friedman 2001): 100 rounds, shrinkage 0.1, each stump splits
     * one feature at one of its deciles and moves both sides by their Newton step. Small and plain, no library.
     */
    static Binary boost(double[][] x, boolean[] y) {
        int n = x.length;
        int d = x[0].length;
        double pos = 0;
        for (boolean v : y) {
            pos += v ? 1 : 0;
        }
        double base = Math.log((pos + 1) / (n - pos + 1));
        double[] f = new double[n];
        Arrays.fill(f, base);
        List<double[]> stumps = new ArrayList<>(); // feature, split, left value, right value
        for (int round = 0; round < 100; round++) {
            double[] g = new double[n];
            double[] h = new double[n];
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-f[i]));
                g[i] = (y[i] ? 1 : 0) - p;
                h[i] = p * (1 - p);
            }
            double bestGain = -1;
            double[] best = null;
            for (int j = 0; j < d; j++) {
                double[] sorted = new double[n];
                for (int i = 0; i < n; i++) {
                    sorted[i] = x[i][j];
                }
                Arrays.sort(sorted);
                for (int q = 1; q < 10; q++) {
                    double split = sorted[q * n / 10];
                    double gl = 0;
                    double hl = 0;
                    double gr = 0;
                    double hr = 0;
                    for (int i = 0; i < n; i++) {
                        if (x[i][j] < split) {
                            gl += g[i];
                            hl += h[i];
                        } else {
                            gr += g[i];
                            hr += h[i];
                        }
                    }
                    double gain = gl * gl / (hl + 1) + gr * gr / (hr + 1);
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = new double[] {j, split, 0.1 * gl / (hl + 1), 0.1 * gr / (hr + 1)};
                    }
                }
            }
            stumps.add(best);
            for (int i = 0; i < n; i++) {
                f[i] += x[i][(int) best[0]] < best[1] ? best[2] : best[3];
            }
        }
        return row -> {
            double z = base;
            for (double[] s : stumps) {
                z += row[(int) s[0]] < s[1] ? s[2] : s[3];
            }
            return 1 / (1 + Math.exp(-z));
        };
    }

    // ---- helpers ----

    private static String name(int column) {
        return column < 4 ? "shipped:" + DependenceModel.FEATURES[column]
                : CandidateDependenceFeatures.NAMES[column - 4];
    }

    private static int[] idx(String... names) {
        List<String> all = Arrays.asList(CandidateDependenceFeatures.NAMES);
        return Arrays.stream(names).mapToInt(s -> 4 + all.indexOf(s)).toArray();
    }

    static Classifier project(Classifier c, int[] columns) {
        return row -> c.predict(project(row, columns));
    }

    static double[][] project(double[][] x, int[] columns) {
        return Arrays.stream(x).map(r -> project(r, columns)).toArray(double[][]::new);
    }

    private static double[] project(double[] row, int[] columns) {
        return Arrays.stream(columns).mapToDouble(c -> row[c]).toArray();
    }

    static List<Integer> members(int[] fold, int f, boolean in) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == f) == in) {
                out.add(i);
            }
        }
        return out;
    }

    static double[][] rows(double[][] x, List<Integer> idx) {
        return idx.stream().map(i -> x[i]).toArray(double[][]::new);
    }

    static int[] labels(int[] y, List<Integer> idx) {
        return idx.stream().mapToInt(i -> y[i]).toArray();
    }

    private static int[] toArray(List<Integer> v) {
        return v.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] join(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int[] join(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(0);
    }

    static double sd(double[] v) {
        double m = mean(v);
        return Math.sqrt(Arrays.stream(v).map(a -> (a - m) * (a - m)).sum() / (v.length - 1));
    }
}
