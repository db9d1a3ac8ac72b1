package io.wiretrace.reuse;

/**
 * The trained weights of {@link DependenceModel#DEFAULT}: both regressions fitted on all 175 METER development pairs
 * (L2 1.0, 1,500 gradient steps), the wholly threshold chosen on them for macro-F1 + binary accuracy; retrained
 * 2026-12-06 after British single quotes around contractions were masked as quoted speech, and the wholly regression
 * again on 2026-12-07 with its fifth input, {@code newNameShare} (the derived regression is unchanged). Printed by
 * {@code DependenceEvaluationTest}; copy its output here when the features change. The derived threshold (0.70) is
 * chosen on both labelled domains' development data, METER and the pool's dependence dev half (README, "Dependence"):
 * METER alone chose 0.60, which judged most independent web reports of one event partially derived.
 */
final class DependenceModelWeights {

    private DependenceModelWeights() {
    }

    static DependenceModel trained() {
        LogisticRegression derived = new LogisticRegression(
                new double[] {0.2446, 0.4651, 2.0861, 0.1678}, new double[] {0.2952, 0.3275, 0.5584, 0.1718},
                new double[] {0.1940, 0.9091, 0.0582, 0.8144}, 1.9057);
        LogisticRegression wholly = new LogisticRegression(
                new double[] {0.2949, 0.5384, 2.1628, 0.2001, 0.1990},
                new double[] {0.3166, 0.3313, 0.5823, 0.1816, 0.1946},
                new double[] {0.2950, 0.6220, -0.4009, 0.7941, -1.4567}, -1.9542);
        return new DependenceModel(derived, wholly, 0.70, 0.50);
    }
}
