package io.wiretrace.reuse;

/**
 * Decides the {@link DependenceLevel} from {@link DependenceFeatures}, as two logistic regressions read in order
 * (the three levels are ordered): {@code derived} gives P(derived), and below {@link #derivedThreshold} the text is
 * independent; otherwise {@code wholly} gives P(wholly derived | derived), wholly at or above {@link #whollyThreshold},
 * else partially. The wholly regression also reads the share of the later text's names its source never writes (a text
 * with one source names no one that source does not). {@link #DEFAULT} was trained on the METER development file (see
 * the README for the features, weights, thresholds and cross-validated figures; {@code DependenceEvaluationTest}
 * reproduces them and prints the weights). Immutable and thread-safe.
 *
 * @param derived P(derived) from the feature vector
 * @param wholly P(wholly derived) from {@link DependenceFeatures#whollyVector()}, trained on the derived pairs
 * @param derivedThreshold P(derived) from which a text is derived
 * @param whollyThreshold P(wholly) from which a derived text is wholly derived
 */
public record DependenceModel(LogisticRegression derived, LogisticRegression wholly, double derivedThreshold,
        double whollyThreshold) {

    /** The inputs of {@code derived}, in vector order ({@link DependenceFeatures#vector()}). */
    public static final String[] FEATURES = {"derivedShare", "partlyTracedShare", "log1p(longestRun)",
        "trigramContainment"};
    /** The inputs of {@code wholly} ({@link DependenceFeatures#whollyVector()}): the same and the share of new names. */
    public static final String[] WHOLLY_FEATURES = {"derivedShare", "partlyTracedShare", "log1p(longestRun)",
        "trigramContainment", "newNameShare"};

    /** The trained model (weights and thresholds from {@code DependenceEvaluationTest}, all dev pairs). */
    public static final DependenceModel DEFAULT = DependenceModelWeights.trained();

    /** The level and its probability. */
    public record Judgement(DependenceLevel level, double confidence, double pDerived, double pWholly) {
    }

    public Judgement judge(DependenceFeatures f) {
        double pd = derived.probability(f.vector());
        double pw = wholly.probability(f.whollyVector());
        if (pd < derivedThreshold) {
            return new Judgement(DependenceLevel.INDEPENDENT, 1 - pd, pd, pw);
        }
        return pw >= whollyThreshold ? new Judgement(DependenceLevel.WHOLLY_DERIVED, pd * pw, pd, pw)
                : new Judgement(DependenceLevel.PARTIALLY_DERIVED, pd * (1 - pw), pd, pw);
    }
}
