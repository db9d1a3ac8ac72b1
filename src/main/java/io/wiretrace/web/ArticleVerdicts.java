package io.wiretrace.web;

import io.wiretrace.article.StoredAttribution;
import io.wiretrace.provenance.ChainTrace;
import io.wiretrace.provenance.ProvenanceChain;
import io.wiretrace.verdict.RejectedFinding;
import io.wiretrace.verdict.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What people said about the article's findings: its reviewed attributions, reuse matches and chain hops (a
 * confirmation stated beside the machine's figure), and on request the findings around it that a verdict rejects,
 * struck through.
 *
 * @param rejected        the rejected findings, when asked for ({@code ?rejected=include}), else empty
 * @param showingRejected whether they were asked for
 */
public record ArticleVerdicts(long articleId, List<VerdictRow> reviewed, List<VerdictRow> rejected,
                              boolean showingRejected) {

    static ArticleVerdicts of(long articleId, List<StoredAttribution> attributions, List<Review> attributionReviews,
                              Map<Long, Review> reuseReviews, ChainTrace chain, List<RejectedFinding> rejected,
                              boolean showingRejected) {
        List<VerdictRow> reviewed = new ArrayList<>();
        for (int i = 0; i < attributions.size() && i < attributionReviews.size(); i++) {
            Review r = attributionReviews.get(i);
            if (r != null) {
                var a = attributions.get(i).attribution();
                reviewed.add(VerdictRow.of("attribution", a.kind().wireName() + " \u2192 "
                        + AttributionRow.targetName(a.target()) + ": \u201c" + a.evidence().text() + "\u201d", r));
            }
        }
        reuseReviews.forEach((other, r) -> reviewed.add(VerdictRow.of("reuse", "text shared with article " + other, r)));
        List<ProvenanceChain> chains = new ArrayList<>(List.of(chain.best()));
        chains.addAll(chain.alternatives());
        chains.stream().flatMap(c -> c.hops().stream()).map(ProvenanceChain.Hop::edge).distinct()
                .filter(e -> e.review() != null)
                .forEach(e -> reviewed.add(VerdictRow.of("hop", e.from() + " \u2192 " + e.to() + " ("
                        + e.kind().wireName() + ")", e.review())));
        return new ArticleVerdicts(articleId, reviewed, rejected.stream().map(VerdictRow::of).toList(), showingRejected);
    }
}
