package io.wiretrace.app;

import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.NodeIds;
import io.wiretrace.store.ProvenanceRows;
import io.wiretrace.verdict.FindingKey;
import io.wiretrace.verdict.FindingType;
import io.wiretrace.verdict.RejectedFinding;
import io.wiretrace.verdict.VerdictEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Verdicts applied while one provenance graph is built: rejected credits and matches are left out before edges are
 * built (so the chain is traced without them), rejected hops after, and confirmed hops carry their review. What was
 * left out is kept, to be shown struck through. One instance per graph; not thread-safe.
 */
final class GraphVerdicts {

    private final FindingVerdicts verdicts;
    private final Map<Long, String> articleKeys = new HashMap<>();
    private final List<RejectedFinding> rejected = new ArrayList<>();

    GraphVerdicts(FindingVerdicts verdicts) {
        this.verdicts = verdicts;
    }

    /** The credits whose standing verdict does not reject them. Offsets-only context: keys match on the claim. */
    List<ProvenanceRows.CreditRow> credits(List<ProvenanceRows.CreditRow> rows) {
        know(rows.stream().map(ProvenanceRows.CreditRow::articleId).toList());
        List<FindingKey> keys = rows.stream()
                .map(r -> FindingVerdicts.attribution(articleKeys.get(r.articleId()), r.attribution(), null)).toList();
        Map<Integer, VerdictEntry> standing = verdicts.standing(keys);
        List<ProvenanceRows.CreditRow> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            VerdictEntry v = standing.get(i);
            if (v != null && v.review().rejected()) {
                rejected.add(new RejectedFinding(FindingType.ATTRIBUTION, v.summary(),
                        NodeIds.article(rows.get(i).articleId()), null, v.review()));
            } else {
                kept.add(rows.get(i));
            }
        }
        return kept;
    }

    /** The matches whose standing verdict does not reject them. */
    List<ProvenanceRows.MatchRow> matches(List<ProvenanceRows.MatchRow> rows) {
        know(rows.stream().flatMap(m -> Stream.of(m.articleA(), m.articleB())).toList());
        List<FindingKey> keys = rows.stream().map(m -> FindingKey.reuse(articleKeys.get(m.articleA()),
                articleKeys.get(m.articleB()), m.reuseClass())).toList();
        Map<Integer, VerdictEntry> standing = verdicts.standing(keys);
        List<ProvenanceRows.MatchRow> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            VerdictEntry v = standing.get(i);
            ProvenanceRows.MatchRow m = rows.get(i);
            if (v != null && v.review().rejected()) {
                rejected.add(new RejectedFinding(FindingType.REUSE, v.summary(), NodeIds.article(m.articleA()),
                        NodeIds.article(m.articleB()), v.review()));
            } else {
                kept.add(m);
            }
        }
        return kept;
    }

    /** The edges not rejected, confirmed ones with their review. */
    List<Edge> hops(List<Edge> edges) {
        know(edges.stream().flatMap(e -> Stream.of(e.from(), e.to())).filter(NodeIds::isArticle)
                .map(NodeIds::articleId).toList());
        Map<Integer, VerdictEntry> standing = verdicts.standing(
                edges.stream().map(e -> FindingVerdicts.hop(e, articleKeys)).toList());
        List<Edge> kept = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            VerdictEntry v = standing.get(i);
            Edge e = edges.get(i);
            if (v == null) {
                kept.add(e);
            } else if (v.review().rejected()) {
                rejected.add(new RejectedFinding(FindingType.HOP, v.summary(), e.from(), e.to(), v.review()));
            } else {
                kept.add(e.withReview(v.review()));
            }
        }
        return kept;
    }

    List<RejectedFinding> rejected() {
        return List.copyOf(rejected);
    }

    private void know(Collection<Long> ids) {
        List<Long> missing = ids.stream().filter(id -> !articleKeys.containsKey(id)).distinct().toList();
        articleKeys.putAll(verdicts.articleKeys(missing));
    }
}
