package io.wiretrace.provenance;

import static io.wiretrace.provenance.Fixtures.agency;
import static io.wiretrace.provenance.Fixtures.hours;
import static io.wiretrace.provenance.Fixtures.input;
import static io.wiretrace.provenance.Fixtures.newsroomArticle;
import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionKind;
import io.wiretrace.outlet.OutletKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Built by the edge builder, traced by the tracer: evidence pointing two ways yields a best chain and an alternative. */
class ConflictingEvidenceTest {

    @Test
    void aCopyCreditingAfpButSharingTextWithAnEarlierReutersStoryShowsBoth() {
        Node reutersStory = new Node("a:reuters", Node.Type.ARTICLE, "Reuters story", "reuters", OutletKind.WIRE_AGENCY,
                hours(0), hours(0), "https://www.reuters.example/world/1");
        Node copy = newsroomArticle("a:copy", "copysite", hours(4));
        EdgeBuilder.Result built = new EdgeBuilder().build(List.of(
                input(reutersStory, List.of(), List.of()),
                input(copy, List.of(agency("afp", "AFP", "(AFP)", "dateline", 0.5)),
                        List.of(new ReuseMatch("a:reuters", 0.9, 0.85, "near_duplicate", 0.95)))));

        Edge reuse = Fixtures.edgeBetween(built, "a:copy", "a:reuters");
        assertThat(reuse.uncredited()).isTrue();

        ChainTrace trace = new ChainTracer().trace(InMemoryProvenanceGraph.of(built), "a:copy");
        assertThat(trace.best().origin().id()).isEqualTo("a:reuters");
        assertThat(trace.best().originType()).isEqualTo(OriginType.WIRE_AGENCY);
        assertThat(trace.alternatives()).extracting(c -> c.origin().id()).containsExactly("outlet:afp");
    }

    @Test
    void creditInputCarriesADetectedAttribution() {
        Attribution a = new Attribution(AttributionKind.ORIGINAL_SOURCE,
                new Attribution.Target("france24", "France 24", "france24.com", "www.france24.com"),
                new Attribution.Evidence("Original Source: www.france24.com", "footer", 120, 153), 0.9,
                "footer.original-source", "footer names the original source");
        CreditInput c = CreditInput.of(a, null, OutletKind.NEWSROOM);
        assertThat(c.kind()).isEqualTo("original_source");
        assertThat(c.targetDomain()).isEqualTo("france24.com");
        assertThat(c.start()).isEqualTo(120);
        assertThat(Sentences.says(c)).isEqualTo("footer says 'Original Source: www.france24.com'");
        assertThat(CreditEdges.kindOf(c)).isEqualTo(EdgeKind.CREDITED);
    }
}
