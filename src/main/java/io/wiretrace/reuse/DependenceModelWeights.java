package io.wiretrace.reuse;

/**
 * The trained weights of {@link DependenceModel#DEFAULT}: both regressions fitted on all 175 METER development pairs
 * (L2 1.0, 1,500 gradient steps), thresholds chosen on them for macro-F1 + binary accuracy. Printed by
 * {@code DependenceEvaluationTest}; copy its output here when the features change.
 */
final class DependenceModelWeights {

    private DependenceModelWeights() {
    }

    static DependenceModel trained() {
        LogisticRegression derived = new LogisticRegression(
                new double[] {0.2429, 0.4646, 2.0861, 0.1659}, new double[] {0.2960, 0.3277, 0.5584, 0.1724},
                new double[] {0.1887, 0.9528, 0.0909, 0.7428}, 1.9045);
        LogisticRegression wholly = new LogisticRegression(
                new double[] {0.2934, 0.5385, 2.1628, 0.1981}, new double[] {0.3177, 0.3309, 0.5823, 0.1823},
                new double[] {0.2561, 1.1240, -0.4864, 0.9224}, -1.4676);
        return new DependenceModel(derived, wholly, 0.60, 0.45);
    }
}
