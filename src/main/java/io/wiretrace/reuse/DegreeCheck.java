package io.wiretrace.reuse;

import java.util.Locale;

/**
 * Reconciles the form (the reuse class, from shared wording) with the degree ({@link Dependence}): a pair aligned only
 * sentence by sentence ({@code rewrite}) whose dependence is independent is two reports of one event (their sentences
 * meet through the speaker's words, names and numbers), so it becomes {@code same_story} when it shares facts, else
 * {@code none}; a pair with little shared wording that the model judges wholly derived is a condensed, reworded copy,
 * so it becomes a {@code rewrite}, provided it keeps the writer's own words as any rewrite must
 * ({@link ReuseClassifier#REWRITE_MIN_WORDING_PAIRS}). Verbatim classes are left as they are.
 */
final class DegreeCheck {

    private DegreeCheck() {
    }

    /**
     * @param withoutAlignment the verdict the same pair gets with no aligned sentence (what its facts alone say)
     * @param wordingPairs aligned pairs sharing the writer's own words ({@link ReuseClassifier.Evidence#wordingPairs})
     */
    static ReuseClassifier.Verdict apply(ReuseClassifier.Verdict v, Dependence d,
            ReuseClassifier.Verdict withoutAlignment, int wordingPairs) {
        if (v.reuseClass() == ReuseClass.REWRITE && d.level() == DependenceLevel.INDEPENDENT) {
            ReuseClass c = withoutAlignment.reuseClass() == ReuseClass.SAME_STORY ? ReuseClass.SAME_STORY : ReuseClass.NONE;
            return new ReuseClassifier.Verdict(c, v.reason() + String.format(Locale.ROOT,
                    ", but judged independent (confidence %.2f): aligned through shared facts, not wording", d.confidence()));
        }
        if ((v.reuseClass() == ReuseClass.SAME_STORY || v.reuseClass() == ReuseClass.NONE)
                && d.level() == DependenceLevel.WHOLLY_DERIVED
                && wordingPairs >= ReuseClassifier.REWRITE_MIN_WORDING_PAIRS) {
            return new ReuseClassifier.Verdict(ReuseClass.REWRITE, String.format(Locale.ROOT,
                    "judged wholly derived (confidence %.2f; %.0f%%/%.0f%% of the words traceable) though little wording "
                            + "is shared: a condensed, reworded copy", d.confidence(), 100 * d.derivedShareA(),
                    100 * d.derivedShareB()));
        }
        return v;
    }
}
