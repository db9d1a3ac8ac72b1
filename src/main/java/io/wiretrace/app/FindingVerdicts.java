package io.wiretrace.app;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.NodeIds;
import io.wiretrace.store.VerdictStore;
import io.wiretrace.verdict.FindingKey;
import io.wiretrace.verdict.Reattachment;
import io.wiretrace.verdict.VerdictEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdicts that stand on current findings: keys findings as {@link FindingKey} says (articles by URL identity or
 * content, never by row), reads the latest verdicts of those keys and re-attaches them ({@link Reattachment}).
 * Callers own the transaction.
 */
@ApplicationScoped
public class FindingVerdicts {

    private static final String CREDITED_PAGE = "placeholder:url:";

    private final VerdictStore store;

    public FindingVerdicts(VerdictStore store) {
        this.store = store;
    }

    /** The key of each stored article, by id. */
    public Map<Long, String> articleKeys(Collection<Long> ids) {
        return store.articleKeys(ids);
    }

    /** The standing verdict of each finding that has one, by its index in {@code findings}. */
    public Map<Integer, VerdictEntry> standing(List<FindingKey> findings) {
        List<VerdictEntry> entries = store.latest(findings.stream().map(FindingKey::hash).toList());
        Map<Integer, VerdictEntry> out = new HashMap<>();
        if (entries.isEmpty()) {
            return out;
        }
        List<Reattachment.Candidate<Integer>> candidates = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            candidates.add(new Reattachment.Candidate<>(findings.get(i), i));
        }
        Reattachment.Result<Integer> r = Reattachment.assign(entries.stream().map(VerdictEntry::key).toList(), candidates);
        for (VerdictEntry e : entries) {
            Integer i = r.attached().get(e.key());
            if (i != null) {
                out.put(i, e);
            }
        }
        return out;
    }

    /** An attribution of the article with this key; {@code body} (may be null) gives the context around its evidence. */
    static FindingKey attribution(String articleKey, Attribution a, String body) {
        Attribution.Target t = a.target();
        Attribution.Evidence e = a.evidence();
        return FindingKey.attribution(articleKey, a.kind().wireName(),
                FindingKey.target(t == null ? null : t.key(), t == null ? null : t.domain(), t == null ? null : t.name()),
                e == null ? null : e.text(), body, e == null ? null : e.start(), e == null ? null : e.end());
    }

    /** A hop, its ends named by article keys where they are (or name) stored articles. */
    static FindingKey hop(Edge e, Map<Long, String> articleKeys) {
        return FindingKey.hop(node(e.from(), articleKeys), node(e.to(), articleKeys));
    }

    /**
     * A node as keys name it: a stored article by its key, a credited page not stored yet by the same key as the page
     * once stored (so a verdict on the hop follows it when the page arrives), a credited work by its party and
     * article's key, an outlet by its id.
     */
    static String node(String nodeId, Map<Long, String> articleKeys) {
        if (nodeId.startsWith(CREDITED_PAGE)) {
            return "url:" + nodeId.substring(CREDITED_PAGE.length());
        }
        if (NodeIds.isArticle(nodeId)) {
            return articleKeys.getOrDefault(NodeIds.articleId(nodeId), nodeId);
        }
        int at = nodeId.lastIndexOf('@');
        if (nodeId.startsWith("placeholder:") && at > 0 && NodeIds.isArticle(nodeId.substring(at + 1))) {
            return nodeId.substring(0, at + 1) + node(nodeId.substring(at + 1), articleKeys);
        }
        return nodeId;
    }
}
