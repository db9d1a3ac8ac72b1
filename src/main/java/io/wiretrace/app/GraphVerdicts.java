package io.wiretrace.app;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.EdgeKind;
import io.wiretrace.provenance.NodeIds;
import io.wiretrace.store.ProvenanceRows;
import io.wiretrace.verdict.FindingKey;
import io.wiretrace.verdict.FindingType;
import io.wiretrace.verdict.RejectedFinding;
import io.wiretrace.verdict.Review;
import io.wiretrace.verdict.VerdictEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Verdicts applied while one provenance graph is built: rejected credits and matches are left out before edges are
 * built (so the chain is traced without them), rejected hops after, and confirmed hops carry their review, as do the
 * edges resting on a confirmed credit or match (a hop's own verdict first; an inferred hop never takes the review of
 * the credit it was inferred from). What was left out is kept, to be shown struck through. One instance per graph;
 * not thread-safe.
 */
final class GraphVerdicts {

    private final FindingVerdicts verdicts;
    private final Map<Long, String> articleKeys = new HashMap<>();
    private final List<RejectedFinding> rejected = new ArrayList<>();
    private final Map<String, Review> confirmedCredits = new HashMap<>();
    private final Map<String, Review> confirmedMatches = new HashMap<>();

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
                reject(new RejectedFinding(FindingType.ATTRIBUTION, v.summary(),
                        NodeIds.article(rows.get(i).articleId()), null, v.review()));
            } else {
                kept.add(rows.get(i));
                if (v != null) {
                    Attribution.Evidence at = rows.get(i).attribution().evidence();
                    confirmedCredits.put(creditKey(NodeIds.article(rows.get(i).articleId()),
                            rows.get(i).attribution().kind().wireName(), at.text(), at.start(), at.end()), v.review());
                }
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
                // a match is read again from its other article when that one is reached another way: listed once
                reject(new RejectedFinding(FindingType.REUSE, v.summary(), NodeIds.article(m.articleA()),
                        NodeIds.article(m.articleB()), v.review()));
            } else {
                kept.add(m);
                if (v != null) {
                    confirmedMatches.put(pairKey(NodeIds.article(m.articleA()), NodeIds.article(m.articleB())),
                            v.review());
                }
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
                kept.add(stated(e).map(e::withReview).orElse(e));
            } else if (v.review().rejected()) {
                reject(new RejectedFinding(FindingType.HOP, v.summary(), e.from(), e.to(), v.review()));
            } else {
                kept.add(e.withReview(v.review()));
            }
        }
        return kept;
    }

    /** The review of the confirmed match or credit an edge rests on, if any (never for an inferred edge). */
    private Optional<Review> stated(Edge e) {
        if (e.kind() == EdgeKind.REUSED) {
            return Optional.ofNullable(confirmedMatches.get(pairKey(e.from(), e.to())));
        }
        if (e.kind() == EdgeKind.INHERITED || e.kind() == EdgeKind.REVISION_OF) {
            return Optional.empty();
        }
        return e.evidence().stream().map(p -> confirmedCredits.get(creditKey(p.foundIn(), p.kind(), p.text(), p.start(),
                p.end()))).filter(java.util.Objects::nonNull).findFirst();
    }

    private static String creditKey(String articleNode, String kind, String text, Integer start, Integer end) {
        return articleNode + "\n" + kind + "\n" + start + "\n" + end + "\n" + text;
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
    }

    private void reject(RejectedFinding finding) {
        if (!rejected.contains(finding)) {
            rejected.add(finding);
        }
    }

    List<RejectedFinding> rejected() {
        return List.copyOf(rejected);
    }

    private void know(Collection<Long> ids) {
        List<Long> missing = ids.stream().filter(id -> !articleKeys.containsKey(id)).distinct().toList();
        articleKeys.putAll(verdicts.articleKeys(missing));
    }
}
