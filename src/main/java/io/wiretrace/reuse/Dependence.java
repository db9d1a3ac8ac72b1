package io.wiretrace.reuse;

import java.util.List;
import java.util.Objects;

/**
 * The degree to which one text of a pair derives from the other. The reuse class says the form (copy, rewrite...),
 * this says the degree.
 *
 * @param level wholly derived, partially derived or independent
 * @param confidence the model's probability of that level (0..1)
 * @param derivedId the text judged derived (the later one; when the order is unknown, the one more dependent on the
 *     other); null when the order is unknown and the pair is independent, or each text depends on the other alike
 *     (two copies of one text: neither is the source)
 * @param derivedShareA share of A's words in sentences traceable to B (verbatim, edited or paraphrased; quotations
 *     and formulas set aside)
 * @param derivedShareB share of B's words in sentences traceable to A
 * @param sourceCoverage share of the source's words (the text not derived) that the derived text uses
 * @param reasons what decided it, with the figures
 * @param commonSourceId an earlier text both derive from that explains what they share as well ({@link CommonSources}):
 *     then {@code derivedId} is null, no direction between the two being claimed; null otherwise
 */
public record Dependence(DependenceLevel level, double confidence, String derivedId, double derivedShareA,
        double derivedShareB, double sourceCoverage, List<String> reasons, String commonSourceId) {

    public Dependence {
        Objects.requireNonNull(level, "level");
        reasons = List.copyOf(reasons);
    }

    /** A judgement between the two texts alone (no common source known). */
    public Dependence(DependenceLevel level, double confidence, String derivedId, double derivedShareA,
                      double derivedShareB, double sourceCoverage, List<String> reasons) {
        this(level, confidence, derivedId, derivedShareA, derivedShareB, sourceCoverage, reasons, null);
    }

    /** The same judgement with A and B swapped (ids stay). */
    public Dependence flipped() {
        return new Dependence(level, confidence, derivedId, derivedShareB, derivedShareA, sourceCoverage, reasons,
                commonSourceId);
    }

    /** The same degree explained by an earlier common source: no text of the two named derived, with why. */
    public Dependence throughCommonSource(String sourceId, String reason) {
        List<String> why = new java.util.ArrayList<>(reasons);
        why.add(reason);
        return new Dependence(level, confidence, null, derivedShareA, derivedShareB, sourceCoverage, why, sourceId);
    }
}
