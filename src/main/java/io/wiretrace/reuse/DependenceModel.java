package io.wiretrace.reuse;

/**
 * Decides the {@link DependenceLevel} from {@link DependenceFeatures}, as two logistic regressions read in order
 * (the three levels are ordered): {@code derived} gives P(derived), and below {@link #derivedThreshold} the text is
 * independent; otherwise {@code wholly} gives P(wholly derived | derived), wholly at or above {@link #whollyThreshold},
 * else partially. {@link #DEFAULT} was trained on the METER development file (see the README for the features,
 * weights, thresholds and cross-validated figures; {@code DependenceEvaluationTest} reproduces them and prints the
 * weights). Immutable and thread-safe.
 *
 * @param derived P(derived) from the feature vector
 * @param wholly P(wholly derived) from the feature vector, trained on the derived pairs
 * @param derivedThreshold P(derived) from which a text is derived
 * @param whollyThreshold P(wholly) from which a derived text is wholly derived
 */
public record DependenceModel(LogisticRegression derived, LogisticRegression wholly, double derivedThreshold,
        double whollyThreshold) {

    /** Feature names in vector order ({@link DependenceFeatures#vector()}). */
    public static final String[] FEATURES = {"derivedShare", "partlyTracedShare", "log1p(longestRun)",
        "trigramContainment"};

    /** The trained model (weights and thresholds from {@code DependenceEvaluationTest}, all dev pairs). */
    public static final DependenceModel DEFAULT = DependenceModelWeights.trained();

    /** The level and its probability. */
    public record Judgement(DependenceLevel level, double confidence, double pDerived, double pWholly) {
    }

    public Judgement judge(DependenceFeatures f) {
        double[] x = f.vector();
        double pd = derived.probability(x);
        double pw = wholly.probability(x);
        if (pd < derivedThreshold) {
            return new Judgement(DependenceLevel.INDEPENDENT, 1 - pd, pd, pw);
        }
        return pw >= whollyThreshold ? new Judgement(DependenceLevel.WHOLLY_DERIVED, pd * pw, pd, pw)
                : new Judgement(DependenceLevel.PARTIALLY_DERIVED, pd * (1 - pw), pd, pw);
    }
}
