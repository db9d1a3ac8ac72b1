package io.wiretrace.api;

import io.wiretrace.reuse.Dependence;

/**
 * How much of one text derives from the other, as one side ("this") sees it; the reuse class says the form.
 *
 * @param level {@code wholly_derived}, {@code partially_derived} or {@code independent}
 * @param confidence the model's probability of that level
 * @param derived which text is derived: "this", "other", or null when the order is unknown and the pair is
 *     independent, or each text depends on the other alike (two copies of one text)
 * @param derivedShare share of the derived text's words in sentences traceable to the other (verbatim, edited or
 *     paraphrased; quotations and formulas set aside); null when {@code derived} is null
 * @param derivedShareOfThis that share for this text, taken from the other (given for each side)
 * @param derivedShareOfOther that share for the other text, taken from this one
 * @param sourceCoverage share of the source's words that the derived text uses
 * @param reasons what decided it, with the figures
 * @param commonSource the id of an earlier article both derive from that explains what they share as well (then
 *     {@code derived} is null: neither is claimed to copy the other), else null
 */
public record DependenceJson(String level, double confidence, String derived, Double derivedShare,
        double derivedShareOfThis, double derivedShareOfOther, double sourceCoverage, java.util.List<String> reasons,
        Long commonSource) {

    /** Seen from {@code thisId} (the match's side A); null for a match stored before dependence was judged. */
    static DependenceJson of(Dependence d, String thisId) {
        if (d == null) {
            return null;
        }
        String derived = d.derivedId() == null ? null : d.derivedId().equals(thisId) ? "this" : "other";
        Double share = derived == null ? null : "this".equals(derived) ? d.derivedShareA() : d.derivedShareB();
        return new DependenceJson(d.level().code(), d.confidence(), derived, share, d.derivedShareA(),
                d.derivedShareB(), d.sourceCoverage(), d.reasons(),
                d.commonSourceId() == null ? null : Long.valueOf(d.commonSourceId()));
    }
}
