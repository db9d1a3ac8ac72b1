package io.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.app.ReadReuse;
import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionKind;
import io.wiretrace.article.Article;
import io.wiretrace.ingest.FetchRecord;
import io.wiretrace.ingest.FetchedPage;
import io.wiretrace.outlet.OutletKind;
import io.wiretrace.provenance.ChainTrace;
import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.EdgeEvidence;
import io.wiretrace.provenance.EdgeKind;
import io.wiretrace.provenance.Node;
import io.wiretrace.provenance.OriginType;
import io.wiretrace.provenance.ProvenanceChain;
import io.wiretrace.article.StoredAttribution;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticlePageTest {

    static final String BODY = "Officials said the bridge will reopen. (AFP)";

    static ChainTrace chainToAfp(Node start) {
        Node afp = new Node("outlet:afp", Node.Type.OUTLET, "AFP", "afp", OutletKind.WIRE_AGENCY, null, null, null);
        Edge edge = new Edge(start.id(), afp.id(), EdgeKind.CREDITED, 0.9, false, true,
                List.of(new EdgeEvidence("wire_credit", "sign-off credits AFP", "(AFP)", "body", 39, 44, 0.9)));
        ProvenanceChain best = new ProvenanceChain(start, List.of(new ProvenanceChain.Hop(edge, afp, 0.9)), afp,
                OriginType.WIRE_AGENCY, 0.9);
        return new ChainTrace(start, best, List.of());
    }

    @Test
    void showsWhereTheRecordCameFromTheChainAndTheHighlightedCredit() {
        FetchRecord fetch = new FetchRecord("http://e.com/a", List.of(new FetchedPage.Redirect("http://e.com/a", 301,
                "https://e.com/a")), 200, Map.of(), Articles.SEEN);
        Article a = Articles.article(7, "Bridge to reopen", BODY, "https://e.com/a", fetch);
        Attribution credit = new Attribution(AttributionKind.WIRE_CREDIT,
                new Attribution.Target("afp", "AFP", "afp.com", "AFP"),
                new Attribution.Evidence("(AFP)", "body", 39, 44), 0.95, "signoff", "a sign-off credits AFP");
        Node start = new Node("article:7", Node.Type.ARTICLE, "Bridge to reopen", "ndtv", OutletKind.NEWSROOM, null,
                Articles.SEEN, "https://e.com/a");

        ArticlePage page = ArticlePage.of(a, List.of(new StoredAttribution(7, credit, "v1", Articles.SEEN)), false,
                chainToAfp(start), new ReadReuse.Listing(List.of(), 3));

        assertThat(page.reusePending()).isTrue();
        assertThat(page.reuseHidden()).isEqualTo(3);
        assertThat(page.redirects()).hasSize(1);
        assertThat(page.source()).extracting(Field::name).contains("Final URL", "Fetched at", "Snapshot SHA-256");
        assertThat(page.source()).filteredOn(f -> f.name().equals("Snapshot SHA-256")).extracting(Field::href)
                .containsExactly("/api/articles/7/snapshot");
        assertThat(page.chain().path()).containsExactly("Bridge to reopen", "AFP");
        assertThat(page.chain().originType()).isEqualTo("wire agency");
        assertThat(page.chain().graph().edges()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("credited");
            assertThat(e.evidence()).singleElement().extracting(EvidenceGraph.Proof::where)
                    .isEqualTo("body, characters 39\u201344");
        });
        assertThat(page.chain().graph().drawing().lines()).singleElement()
                .satisfies(l -> assertThat(l.href()).isEqualTo("#hop-0"));
        MarkedText.Piece marked = page.body().paragraphs().get(0).pieces().get(1);
        assertThat(marked.text()).isEqualTo("(AFP)");
        assertThat(marked.span().tag()).isEqualTo("wire_credit \u2192 AFP \u00b7 0.95");
        assertThat(marked.span().href()).isEqualTo("#attribution-0");
        assertThat(page.exports()).extracting(Field::href)
                .contains("/api/articles/7/provenance/export?format=graphml");
    }

    @Test
    void aUrlThatIsNotHttpIsShownButNotLinked() {
        Article a = Articles.article(8, null, BODY, "javascript:alert(1)", null);
        Node start = new Node("article:8", Node.Type.ARTICLE, "x", null, null, null, null, null);
        ArticlePage page = ArticlePage.of(a, List.of(), true, chainToAfp(start), new ReadReuse.Listing(List.of(), 0));
        assertThat(page.title()).isEqualTo("Article 8");
        assertThat(page.source()).filteredOn(f -> f.name().equals("URL")).singleElement()
                .satisfies(f -> assertThat(f.href()).isNull());
        assertThat(page.reusePending()).isFalse();
    }
}
