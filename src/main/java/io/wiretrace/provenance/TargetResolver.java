package io.wiretrace.provenance;

import io.wiretrace.url.Hosts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which node one article's credit points at, in this order: a stored article at the credited URL; a node
 * already chosen for the same party (key or domain) in this article; a stored article of that party whose text this
 * article shares (the credited source is already ingested); the shared outlet node of a wire agency; a placeholder
 * for the credited URL; else a placeholder for the party's work as credited by this article.
 */
final class TargetResolver {

    private final ArticleIndex index;
    private final EdgeAccumulator acc;
    private final ArticleInput article;
    private final Map<String, String> partyNodes = new HashMap<>();

    TargetResolver(ArticleIndex index, EdgeAccumulator acc, ArticleInput article) {
        this.index = index;
        this.acc = acc;
        this.article = article;
    }

    /** Credits carrying a URL first, so URL-less credits of the same party join their node. */
    List<CreditInput> orderedCredits() {
        List<CreditInput> ordered = new ArrayList<>(article.credits());
        ordered.sort(Comparator.comparing(c -> c.targetUrl() == null));
        return ordered;
    }

    String resolve(CreditInput c) {
        String id = c.targetUrl() != null ? resolveUrl(c) : resolveParty(c);
        remember(c, id);
        return id;
    }

    private String resolveUrl(CreditInput c) {
        return index.articleAtUrl(c.targetUrl()).orElseGet(() -> {
            String id = NodeIds.creditedUrl(c.targetUrl());
            acc.node(new Node(id, Node.Type.PLACEHOLDER, label(c), c.targetKey(), c.targetKind(), null, null,
                    c.targetUrl(), outletName(c)));
            return id;
        });
    }

    private String resolveParty(CreditInput c) {
        for (String party : parties(c)) {
            if (partyNodes.containsKey(party)) {
                return partyNodes.get(party);
            }
        }
        String ingested = index.reusePartners(article.id()).entrySet().stream()
                .filter(e -> index.node(e.getKey()).map(n -> ArticleIndex.belongsTo(n, c)).orElse(false))
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        if (ingested != null) {
            return ingested;
        }
        String party = c.targetKey() != null ? c.targetKey() : c.targetDomain() != null ? c.targetDomain() : c.targetName();
        if (c.isAgency()) {
            String id = NodeIds.outlet(party);
            acc.node(new Node(id, Node.Type.OUTLET, label(c), c.targetKey(), c.targetKind(), null, null, null));
            return id;
        }
        String id = NodeIds.creditedWork(party, article.id());
        acc.node(new Node(id, Node.Type.PLACEHOLDER, label(c), c.targetKey(), c.targetKind(), null, null, null,
                outletName(c)));
        return id;
    }

    private void remember(CreditInput c, String id) {
        for (String party : parties(c)) {
            partyNodes.putIfAbsent(party, id);
        }
    }

    private static List<String> parties(CreditInput c) {
        List<String> parties = new ArrayList<>();
        if (c.targetKey() != null) {
            parties.add("key:" + c.targetKey().toLowerCase(Locale.ROOT));
        }
        String domain = c.targetDomain() != null ? c.targetDomain() : NodeIds.host(c.targetUrl());
        if (domain != null) {
            String d = Hosts.of(domain);
            parties.add("domain:" + (d != null ? d : domain.toLowerCase(Locale.ROOT)));
        }
        return parties;
    }

    /** The credited outlet as people know it: its registry name or the name the credit gives, else its domain. */
    private static String outletName(CreditInput c) {
        return c.targetName() != null ? c.targetName() : c.targetDomain() != null ? c.targetDomain() : c.targetKey();
    }

    private static String label(CreditInput c) {
        if (c.targetName() != null) {
            return c.targetName();
        }
        if (c.targetDomain() != null) {
            return c.targetDomain();
        }
        return c.targetKey() != null ? c.targetKey() : c.targetUrl();
    }
}
