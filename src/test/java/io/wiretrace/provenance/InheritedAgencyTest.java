package io.wiretrace.provenance;

import static io.wiretrace.provenance.Fixtures.agency;
import static io.wiretrace.provenance.Fixtures.article;
import static io.wiretrace.provenance.Fixtures.credit;
import static io.wiretrace.provenance.Fixtures.edgeBetween;
import static io.wiretrace.provenance.Fixtures.hours;
import static io.wiretrace.provenance.Fixtures.input;
import static io.wiretrace.provenance.Fixtures.reuse;
import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.outlet.OutletKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real seeds: the rewrite credits only France 24, and its text is also in NDTV's syndicated AFP copy, so the text
 * taken from France 24 is AFP's.
 */
class InheritedAgencyTest {

    static final String PULSE = "article:pulse";
    static final String NDTV = "article:ndtv";

    static ArticleInput pulse() {
        return input(article(PULSE, "nigeriapulse.com", OutletKind.UNKNOWN, null, hours(5), null),
                List.of(credit("original_source", "france24", "France 24", "france24.com", OutletKind.NEWSROOM,
                        "Original Source: www.france24.com", "footer", 0.85)),
                List.of(reuse(NDTV, 0.8)));
    }

    static ArticleInput ndtv(boolean creditsAgency) {
        List<CreditInput> credits = creditsAgency
                ? List.of(credit("syndicated_feed_disclaimer", null, null, null, OutletKind.UNKNOWN,
                        "published from a syndicated feed", "footer", 0.9),
                        agency("afp", "AFP", "spoke to AFP", "body", 0.5))
                : List.of();
        return input(article(NDTV, "ndtv", OutletKind.NEWSROOM, null, hours(1), null), credits, List.of());
    }

    @Test
    void theSourceInheritsTheAgencyOfTheSharedText() {
        EdgeBuilder.Result built = new EdgeBuilder().build(List.of(pulse(), ndtv(true)));
        String france24 = NodeIds.creditedWork("france24", PULSE);
        Edge toAfp = edgeBetween(built, france24, "outlet:afp");
        assertThat(toAfp.kind()).isEqualTo(EdgeKind.INHERITED);
        assertThat(toAfp.evidence().get(0).sentence()).contains("is also in").contains("spoke to AFP");
        // feed notice and credit combined (0.95), times the match (0.8) and the shared-text discount (0.8)
        assertThat(toAfp.confidence()).isCloseTo(0.95 * 0.8 * 0.8, org.assertj.core.data.Offset.offset(1e-9));

        ChainTrace trace = new ChainTracer().trace(InMemoryProvenanceGraph.of(built), PULSE);
        assertThat(trace.best().origin().id()).isEqualTo("outlet:afp");
        assertThat(trace.best().hops()).extracting(h -> h.node().id()).containsExactly(france24, "outlet:afp");
    }

    @Test
    void nothingIsInheritedWhenThePartnerCreditsNoAgency() {
        EdgeBuilder.Result built = new EdgeBuilder().build(List.of(pulse(), ndtv(false)));
        assertThat(built.edges()).noneMatch(e -> e.to().equals("outlet:afp"));
    }
}
