package io.wiretrace.verdict;

/**
 * What verdicts reveal about one producer of findings: an attribution rule ({@code footer.original-source}), a reuse
 * class ({@code rewrite}) or, for hops, the edge kind. Only the verdict that stands on each finding counts.
 *
 * @param type      the kind of finding the producer makes
 * @param producer  rule id, reuse class or edge kind
 * @param confirmed findings of it confirmed
 * @param rejected  findings of it rejected
 */
public record RuleAccuracy(FindingType type, String producer, long confirmed, long rejected) {

    /** confirmed / (confirmed + rejected); null before any verdict. */
    public Double shareConfirmed() {
        long judged = confirmed + rejected;
        return judged == 0 ? null : (double) confirmed / judged;
    }
}
