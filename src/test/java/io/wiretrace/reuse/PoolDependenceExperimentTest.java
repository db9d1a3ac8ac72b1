package io.wiretrace.reuse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Report only: does the second domain change the model? (a) the shipped procedure retrained on METER + the pool's
 * dev half, scored on the pool's test half and, by METER's cross-validation with the pool dev pairs added to every
 * training fold, on METER; (b) the shipped regressions with another derived threshold, on both pool halves and in
 * METER's cross-validation. Runs with {@code -Ddependence.experiment=pool}; figures in the README ("Dependence").
 */
class PoolDependenceExperimentTest {

    private static final int REPEATS = 5;

    @Test
    void retrainingWithPoolDevAndOtherDerivedThresholds() throws Exception {
        assumeTrue("pool".equals(System.getProperty("dependence.experiment")),
                "report-only experiment: run with -Ddependence.experiment=pool");
        MeterDevPairs dev = new MeterDevPairs();
        DependenceJudge judge = new DependenceJudge(DependenceModel.DEFAULT);
        double[][] mx = new double[dev.pairs.size()][];
        int[] my = new int[dev.pairs.size()];
        for (int i = 0; i < mx.length; i++) {
            MeterDevPairs.Blanked b = dev.blanked(dev.pairs.get(i));
            mx[i] = judge.features(b.later(), b.earlier()).vector();
            my[i] = dev.pairs.get(i).expected().ordinal();
        }
        List<PoolDependenceEvaluationTest.Labelled> pd = PoolDependenceEvaluationTest.half("dev");
        List<PoolDependenceEvaluationTest.Labelled> pt = PoolDependenceEvaluationTest.half("test");
        double[][] dx = pd.stream().map(PoolDependenceEvaluationTest.Labelled::features).toArray(double[][]::new);
        int[] dy = pd.stream().mapToInt(p -> p.expected().ordinal()).toArray();
        double[][] tx = pt.stream().map(PoolDependenceEvaluationTest.Labelled::features).toArray(double[][]::new);
        int[] ty = pt.stream().mapToInt(p -> p.expected().ordinal()).toArray();

        print("shipped", DependenceModel.DEFAULT, dx, dy, tx, ty, meterCv(mx, my, null, null, Double.NaN));
        DependenceModel meterOnly = DependenceEvaluationTest.train(mx, my);
        print("retrained on METER (as shipped)", meterOnly, dx, dy, tx, ty, meterCv(mx, my, null, null, Double.NaN));
        DependenceModel both = DependenceEvaluationTest.train(
                Stream.concat(Arrays.stream(mx), Arrays.stream(dx)).toArray(double[][]::new),
                IntStream.concat(Arrays.stream(my), Arrays.stream(dy)).toArray());
        print("retrained on METER + pool dev", both, dx, dy, tx, ty, meterCv(mx, my, dx, dy, Double.NaN));
        for (double t = 0.50; t <= 0.901; t += 0.05) {
            DependenceModel m = new DependenceModel(DependenceModel.DEFAULT.derived(), DependenceModel.DEFAULT.wholly(), t,
                    DependenceModel.DEFAULT.whollyThreshold());
            print(String.format(Locale.ROOT, "shipped, derived threshold %.2f", t), m, dx, dy, tx, ty,
                    meterCv(mx, my, null, null, t));
        }
    }

    /** METER's stratified 5-fold CV x 5 (as DependenceEvaluationTest), extra pairs added to every training fold. */
    private static double[] meterCv(double[][] x, int[] y, double[][] extraX, int[] extraY, double derivedThreshold) {
        double macro = 0;
        double accuracy = 0;
        for (int r = 0; r < REPEATS; r++) {
            int[] fold = DependenceEvaluationTest.folds(y, new Random(r));
            int[] predicted = new int[y.length];
            for (int f = 0; f < 5; f++) {
                List<double[]> trainX = new ArrayList<>();
                List<Integer> trainY = new ArrayList<>();
                for (int i = 0; i < y.length; i++) {
                    if (fold[i] != f) {
                        trainX.add(x[i]);
                        trainY.add(y[i]);
                    }
                }
                for (int i = 0; extraX != null && i < extraX.length; i++) {
                    trainX.add(extraX[i]);
                    trainY.add(extraY[i]);
                }
                DependenceModel m = DependenceEvaluationTest.train(trainX.toArray(double[][]::new),
                        trainY.stream().mapToInt(Integer::intValue).toArray());
                if (!Double.isNaN(derivedThreshold)) {
                    m = new DependenceModel(m.derived(), m.wholly(), derivedThreshold, m.whollyThreshold());
                }
                for (int i = 0; i < y.length; i++) {
                    if (fold[i] == f) {
                        predicted[i] = DependenceEvaluationTest.predict(m, x[i]);
                    }
                }
            }
            int[][] cm = DependenceEvaluationTest.confusion(y, predicted);
            macro += DependenceEvaluationTest.macroF1(cm) / REPEATS;
            accuracy += DependenceEvaluationTest.binaryAccuracy(cm) / REPEATS;
        }
        return new double[] {macro, accuracy};
    }

    private static void print(String name, DependenceModel m, double[][] dx, int[] dy, double[][] tx, int[] ty,
            double[] meter) {
        int[][] d = confusion(m, dx, dy);
        int[][] t = confusion(m, tx, ty);
        System.out.printf(Locale.ROOT, "%-40s METER CV %.3f / %.3f | pool dev %.3f / %.3f | pool test %.3f / %.3f %s "
                + "(thresholds %.2f %.2f)%n", name, meter[0], meter[1], DependenceEvaluationTest.macroF1(d),
                DependenceEvaluationTest.binaryAccuracy(d), DependenceEvaluationTest.macroF1(t),
                DependenceEvaluationTest.binaryAccuracy(t), Arrays.deepToString(t), m.derivedThreshold(), m.whollyThreshold());
    }

    private static int[][] confusion(DependenceModel m, double[][] x, int[] y) {
        int[] p = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            p[i] = DependenceEvaluationTest.predict(m, x[i]);
        }
        return DependenceEvaluationTest.confusion(y, p);
    }
}
