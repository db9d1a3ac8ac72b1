package io.wiretrace.web;

import io.wiretrace.verdict.RejectedFinding;
import io.wiretrace.verdict.Review;
import io.wiretrace.verdict.VerdictEntry;
import java.util.List;

/**
 * A verdict as a page lists it.
 *
 * @param articleHref the article it was given on, else null
 * @param rejected    whether it rejects (the finding is shown struck through)
 */
public record VerdictRow(String type, String summary, String verdict, boolean rejected, String statement, String note,
                         String machineConfidence, String articleHref) {

    static VerdictRow of(VerdictEntry e) {
        return new VerdictRow(e.key().type().wireName(), Shorten.of(e.summary(), Shorten.TITLE * 2),
                e.verdict().wireName(), e.review().rejected(), e.review().statement(), e.note(),
                e.machineConfidence() == null ? "" : EvidenceGraph.confidence(e.machineConfidence()),
                e.articleIds().isEmpty() ? null : "/articles/" + e.articleIds().get(0));
    }

    static VerdictRow of(RejectedFinding f) {
        return of(f.type().wireName(), f.summary(), f.review());
    }

    /** A finding of the page's own article with the review that stands on it. */
    static VerdictRow of(String type, String summary, Review r) {
        return new VerdictRow(type, Shorten.of(summary, Shorten.TITLE * 2), r.verdict().wireName(), r.rejected(),
                r.statement(), r.note(), r.machineConfidence() == null ? ""
                : EvidenceGraph.confidence(r.machineConfidence()), null);
    }

    static List<VerdictRow> of(List<VerdictEntry> entries) {
        return entries.stream().map(VerdictRow::of).toList();
    }
}
