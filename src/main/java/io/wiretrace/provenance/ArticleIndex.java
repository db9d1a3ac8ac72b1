package io.wiretrace.provenance;

import io.wiretrace.url.Hosts;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The stored articles an edge build sees, looked up by id, URL and reuse partner; answers who credits whom. */
final class ArticleIndex {

    private final Map<String, ArticleInput> byId = new TreeMap<>();
    private final Map<String, String> idByUrl = new HashMap<>();
    private final Map<String, Map<String, Double>> partners = new HashMap<>();

    ArticleIndex(Collection<ArticleInput> articles) {
        for (ArticleInput a : articles) {
            if (byId.put(a.id(), a) != null) {
                throw new IllegalArgumentException("article " + a.id() + " given twice");
            }
            if (a.node().url() != null) {
                idByUrl.putIfAbsent(NodeIds.normalizeUrl(a.node().url()), a.id());
            }
        }
        for (ArticleInput a : byId.values()) {
            for (ReuseMatch m : a.reuse()) {
                if (byId.containsKey(m.otherArticleId())) {
                    partners.computeIfAbsent(a.id(), k -> new HashMap<>()).merge(m.otherArticleId(), m.confidence(), Math::max);
                    partners.computeIfAbsent(m.otherArticleId(), k -> new HashMap<>()).merge(a.id(), m.confidence(), Math::max);
                }
            }
        }
    }

    Collection<ArticleInput> articles() {
        return byId.values();
    }

    Optional<ArticleInput> article(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Node> node(String id) {
        return article(id).map(ArticleInput::node);
    }

    Optional<String> articleAtUrl(String url) {
        return Optional.ofNullable(idByUrl.get(NodeIds.normalizeUrl(url)));
    }

    /** Stored articles sharing text with {@code id}, with the best match confidence either side reported. */
    Map<String, Double> reusePartners(String id) {
        return partners.getOrDefault(id, Map.of());
    }

    boolean isSelfCredit(ArticleInput a, CreditInput c) {
        return belongsTo(a.node(), c);
    }

    /** True when {@code x} credits the outlet, domain or URL of {@code y}. */
    boolean credits(ArticleInput x, Node y) {
        return x.credits().stream().anyMatch(c -> c.hasTarget() && belongsTo(y, c));
    }

    /** True when both credit the same wire agency, or {@code derived} credits an agency that {@code source} is. */
    boolean shareAnAgency(ArticleInput derived, ArticleInput source) {
        Set<String> sourceAgencies = agencies(source);
        if (source.node().isWireAgency() && source.node().outletKey() != null) {
            sourceAgencies.add(source.node().outletKey().toLowerCase(Locale.ROOT));
        }
        return agencies(derived).stream().anyMatch(sourceAgencies::contains);
    }

    /** A party (outlet key, else domain, else name) that both articles credit, if any; the first in sorted order. */
    Optional<String> commonSource(ArticleInput x, ArticleInput y) {
        Set<String> theirs = parties(y);
        return parties(x).stream().filter(theirs::contains).sorted().findFirst();
    }

    private static Set<String> parties(ArticleInput a) {
        Set<String> parties = new HashSet<>();
        for (CreditInput c : a.credits()) {
            String party = c.targetKey() != null ? c.targetKey()
                    : c.targetDomain() != null ? c.targetDomain() : c.targetName();
            if (party != null && !party.isBlank()) {
                parties.add(party.toLowerCase(Locale.ROOT));
            }
        }
        return parties;
    }

    private static Set<String> agencies(ArticleInput a) {
        Set<String> keys = new HashSet<>();
        for (CreditInput c : a.credits()) {
            if (c.isAgency()) {
                String party = c.targetKey() != null ? c.targetKey() : c.targetName();
                if (party != null) {
                    keys.add(party.toLowerCase(Locale.ROOT));
                }
            }
        }
        return keys;
    }

    /** Whether a credit names the node's outlet (by key), its domain, or its URL. */
    static boolean belongsTo(Node n, CreditInput c) {
        if (c.targetKey() != null && c.targetKey().equalsIgnoreCase(n.outletKey())) {
            return true;
        }
        if (c.targetUrl() != null && n.url() != null
                && NodeIds.normalizeUrl(c.targetUrl()).equals(NodeIds.normalizeUrl(n.url()))) {
            return true;
        }
        String domain = c.targetDomain() != null ? c.targetDomain() : NodeIds.host(c.targetUrl());
        return domainMatches(NodeIds.host(n.url()), domain);
    }

    static boolean domainMatches(String host, String domain) {
        if (host == null || domain == null || domain.isBlank()) {
            return false;
        }
        String d = Hosts.of(domain);
        return d != null && (host.equals(d) || host.endsWith("." + d));
    }
}
