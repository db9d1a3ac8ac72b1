package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges how much of one text derives from the other ({@link Dependence}): measures the later text against the
 * earlier one ({@link DependenceMeasurer}) and reads the measures with the {@link DependenceModel}. When the order is
 * unknown both directions are measured and the more dependent one is reported, with the derived share of each side.
 * Texts come with formulas blanked. Immutable and thread-safe.
 */
public final class DependenceJudge {

    /** Differences of probability and share below this tell no direction (2 words in 100). */
    static final double SAME = 0.02;

    private final DependenceMeasurer measurer = new DependenceMeasurer();
    private final DependenceModel model;

    public DependenceJudge(DependenceModel model) {
        this.model = model;
    }

    /** The features of {@code later} as taken from {@code earlier} (for evaluation and training). */
    public DependenceFeatures features(String later, String earlier) {
        return measurer.measure(later, earlier);
    }

    /**
     * @param earlierId {@code aId}, {@code bId}, or null when the order is unknown
     */
    public Dependence judge(String aId, String a, String bId, String b, String earlierId) {
        DependenceMeasurer.Reading ra = measurer.read(a);
        DependenceMeasurer.Reading rb = measurer.read(b);
        DependenceFeatures aFromB = measurer.measure(ra, rb);
        DependenceFeatures bFromA = measurer.measure(rb, ra);
        DependenceModel.Judgement ja = model.judge(aFromB);
        DependenceModel.Judgement jb = model.judge(bFromA);
        boolean aDerived = earlierId != null ? earlierId.equals(bId) : ja.pDerived() >= jb.pDerived();
        DependenceModel.Judgement j = aDerived ? ja : jb;
        DependenceFeatures f = aDerived ? aFromB : bFromA;
        // with the order unknown, a direction is named only when one text depends on the other more than the reverse:
        // of two copies of one text, neither is the source
        boolean directed = earlierId != null || !sameDependence(ja, jb, aFromB, bFromA);
        String later = directed ? (aDerived ? aId : bId) : null;
        String derivedId = j.level().isDerived() || earlierId != null ? later : null;
        return new Dependence(j.level(), round(j.confidence()), derivedId, round(aFromB.derivedShare()),
                round(bFromA.derivedShare()), round(f.sourceCoverage()), reasons(j, f, earlierId != null, later));
    }

    /** Each text as dependent on the other as the reverse, within {@link #SAME}: the direction cannot be told. */
    static boolean sameDependence(DependenceModel.Judgement ja, DependenceModel.Judgement jb, DependenceFeatures aFromB,
                                  DependenceFeatures bFromA) {
        return Math.abs(ja.pDerived() - jb.pDerived()) < SAME && Math.abs(aFromB.derivedShare() - bFromA.derivedShare()) < SAME
                && Math.abs(aFromB.sourceCoverage() - bFromA.sourceCoverage()) < SAME;
    }

    /** @param later the text judged derived, null when neither depends on the other more and the order is unknown */
    private List<String> reasons(DependenceModel.Judgement j, DependenceFeatures f, boolean ordered, String later) {
        List<String> out = new ArrayList<>();
        out.add(fmt("%s: P(derived) %.2f %s %.2f%s", j.level().code(), j.pDerived(),
                j.pDerived() >= model.derivedThreshold() ? ">=" : "<", model.derivedThreshold(),
                j.level().isDerived() ? fmt(", P(wholly | derived) %.2f %s %.2f", j.pWholly(),
                        j.pWholly() >= model.whollyThreshold() ? ">=" : "<", model.whollyThreshold()) : ""));
        out.add(fmt("%.0f%% of the words of %s are in sentences traceable to the other (%.0f%% partly), "
                + "quotations and formulas set aside", 100 * f.derivedShare(), later == null
                ? "each text (neither depends on the other more: order unknown)" : (ordered ? "the later text " : "text ") + later,
                100 * f.partlyTracedShare()));
        out.add(fmt("%.0f%% of the source's words used; %.0f%% of unquoted 3-word sequences shared; longest shared "
                + "unquoted run %d words; %.0f%% of its names (outside quotations) never written in the other",
                100 * f.sourceCoverage(), 100 * f.trigramContainment(), f.longestRun(), 100 * f.newNameShare()));
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
