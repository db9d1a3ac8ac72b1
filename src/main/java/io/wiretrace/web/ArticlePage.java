package io.wiretrace.web;

import io.wiretrace.app.ReadReuse;
import io.wiretrace.attribution.Attribution;
import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.article.Article;
import io.wiretrace.ingest.FetchRecord;
import io.wiretrace.ingest.FetchedPage;
import io.wiretrace.provenance.ChainTrace;
import io.wiretrace.provenance.ProvenanceChain;
import io.wiretrace.provenance.Subgraph;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.article.StoredAttribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything the article page shows, built from what the use cases return.
 *
 * @param reusePending reuse matching has not finished: the page refreshes itself until it has
 * @param reuseHidden how many weaker reuse matches are not shown
 */
public record ArticlePage(long id, String title, String outletName, String outletHref, List<Field> source,
                          List<FetchedPage.Redirect> redirects, List<Field> fields, List<AttributionRow> attributions,
                          MarkedText body, boolean reusePending, Chain chain, List<ReuseRow> reuse,
                          int reuseHidden, List<Field> exports) {

    /** The provenance chain: picture, evidence rows, and the origin in words. */
    public record Chain(EvidenceGraph graph, List<String> path, String origin, String originHref, String originType,
                        String probability, int alternatives) {
    }

    /** One stored reuse match, seen from this article. */
    public record ReuseRow(long otherId, String otherTitle, String otherOutlet, String reuseClass, String reason,
                           DependenceView dependence, String containmentHere, String containmentThere, String earlier,
                           String reviewHref) {
    }

    static final List<String> EXPORT_FORMATS = List.of("prov-json", "prov-o", "graphml", "csv");
    /** A chain's or story's formats: the provenance ones, and the stored snapshots as a web archive. */
    static final List<String> CASE_FORMATS = java.util.stream.Stream.concat(EXPORT_FORMATS.stream(),
            java.util.stream.Stream.of("warc", "wacz")).toList();

    public static ArticlePage of(Article a, List<StoredAttribution> stored, boolean reuseDone, ChainTrace trace,
                                 ReadReuse.Listing reuse) {
        List<Attribution> attributions = stored.stream().map(StoredAttribution::attribution).toList();
        ExtractedArticle x = a.extracted();
        String title = x.title() != null ? x.title() : "Article " + a.id();
        List<Field> exports = CASE_FORMATS.stream()
                .map(f -> Field.link(f, f, "/api/articles/" + a.id() + "/provenance/export?format=" + f)).toList();
        return new ArticlePage(a.id(), title, a.outlet() == null ? null : a.outlet().name(),
                a.outlet() == null ? null : Links.outlet(a.outlet().key()), source(a),
                a.fetch() == null ? List.of() : a.fetch().redirects(), fields(x), AttributionRow.of(attributions),
                MarkedText.of(x.bodyText(), AttributionRow.spans(attributions)), !reuseDone, chain(trace),
                reuse.items().stream().map(s -> reuseRow(a.id(), s)).toList(), reuse.total() - reuse.items().size(),
                exports);
    }

    static List<Field> source(Article a) {
        FetchRecord f = a.fetch();
        return Field.present(
                Field.of("Received as", a.inputKind()),
                Field.link("URL", a.url(), Links.external(a.url())),
                Field.link("Final URL", a.finalUrl(), Links.external(a.finalUrl())),
                f == null ? null : Field.of("HTTP status", f.status()),
                f == null ? null : Field.of("Fetched at", Times.of(f.fetchedAt())),
                Field.of("First seen", Times.of(a.createdAt())),
                Field.link("Snapshot SHA-256", a.contentSha256(), "/api/articles/" + a.id() + "/snapshot"),
                a.revisionOf() == null ? null
                        : Field.link("Revision of", "article " + a.revisionOf(), "/articles/" + a.revisionOf()));
    }

    static List<Field> fields(ExtractedArticle x) {
        return Field.present(
                Field.of("Title", x.title()),
                Field.of("Authors", x.authors().isEmpty() ? null : String.join(", ", x.authors())),
                Field.of("Byline", x.byline()),
                Field.of("Published", Times.of(x.publishedAt())),
                Field.of("Modified", Times.of(x.modifiedAt())),
                Field.of("Language", x.language()),
                Field.of("Site name", x.siteName()),
                Field.of("Site domain", x.siteDomain()),
                Field.link("Canonical URL", x.canonicalUrl(), Links.external(x.canonicalUrl())),
                Field.of("Description", x.description()),
                Field.of("Body", words(x.bodyText()) + " words"));
    }

    static Chain chain(ChainTrace trace) {
        ProvenanceChain best = trace.best();
        List<String> path = new ArrayList<>();
        path.add(best.start().label());
        best.hops().forEach(h -> path.add(h.node().label()));
        EvidenceGraph graph = EvidenceGraph.of(Subgraph.of(trace), trace.article().id(), true, "hop");
        return new Chain(graph, path, best.origin().label(), Links.ofNode(best.origin().id(), best.origin().url()),
                best.originType().wireName().replace('_', ' '), EvidenceGraph.confidence(best.probability()),
                trace.alternatives().size());
    }

    private static ReuseRow reuseRow(long self, ReadReuse.Seen s) {
        ReuseMatch m = s.match();
        Article o = s.other();
        String earlier = m.earlierId() == null ? "unknown"
                : (m.earlierId().equals(Long.toString(self)) ? "this article" : "the other article")
                        + (m.earlierBy() == null ? "" : " (by " + m.earlierBy().replace('_', '-') + " time)");
        return new ReuseRow(o.id(), o.extracted().title() != null ? o.extracted().title() : "Article " + o.id(),
                o.outlet() == null ? null : o.outlet().name(), m.reuseClass().name().toLowerCase(Locale.ROOT),
                m.reason(), DependenceView.of(m.dependence(), Long.toString(self)), percent(m.containmentAInB()), percent(m.containmentBInA()), earlier,
                "/articles/" + self + "/review/" + o.id());
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
