package io.wiretrace.provenance;

import static io.wiretrace.provenance.Fixtures.agency;
import static io.wiretrace.provenance.Fixtures.article;
import static io.wiretrace.provenance.Fixtures.credit;
import static io.wiretrace.provenance.Fixtures.edgeBetween;
import static io.wiretrace.provenance.Fixtures.hours;
import static io.wiretrace.provenance.Fixtures.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wiretrace.outlet.OutletKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed case built by hand: a nigeriapulse article says its original source is france24.com and carries AFP's
 * credit; NDTV runs the same AFP story from a syndicated feed. One story, origin AFP.
 */
class SeedStoryTest {

    private static final String PULSE = "article:nigeriapulse-1";
    private static final String NDTV = "article:ndtv-1";

    private final ArticleInput pulse = input(
            article(PULSE, "nigeriapulse", OutletKind.UNKNOWN, hours(4), hours(5), "https://nigeriapulse.example/story"),
            List.of(credit("original_source", "france24", "France 24", "france24.com", OutletKind.NEWSROOM,
                            "Original Source: www.france24.com", "footer", 0.9),
                    agency("afp", "AFP", "Lagos (AFP) -", "dateline", 0.8)),
            List.of(new ReuseMatch(NDTV, 0.85, 0.8, "near_duplicate", 0.9)));
    private final ArticleInput ndtv = input(
            article(NDTV, "ndtv", OutletKind.NEWSROOM, hours(0), hours(1), "https://www.ndtv.example/world/story"),
            List.of(credit("syndicated_feed_disclaimer", null, null, null, OutletKind.UNKNOWN,
                            "This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.",
                            "body", 0.9),
                    agency("afp", "AFP", "Agence France-Presse", "byline", 0.85)),
            List.of());

    private final EdgeBuilder.Result built = new EdgeBuilder().build(List.of(pulse, ndtv));
    private final InMemoryProvenanceGraph graph = InMemoryProvenanceGraph.of(built);
    private final String france24 = NodeIds.creditedWork("france24", PULSE);

    @Test
    void pulseCreditsFrance24WhichCreditsAfp() {
        Edge toFrance24 = edgeBetween(built, PULSE, france24);
        assertThat(toFrance24.kind()).isEqualTo(EdgeKind.CREDITED);
        assertThat(toFrance24.evidence()).extracting(EdgeEvidence::sentence)
                .containsExactly("footer says 'Original Source: www.france24.com'");
        assertThat(graph.node(france24).orElseThrow().type()).isEqualTo(Node.Type.PLACEHOLDER);

        Edge toAfp = edgeBetween(built, france24, "outlet:afp");
        assertThat(toAfp.kind()).isEqualTo(EdgeKind.CREDITED);
        assertThat(toAfp.evidence().get(0).sentence())
                .isEqualTo("the text taken from France 24 credits AFP: dateline says 'Lagos (AFP) -'");
        assertThat(built.edges()).noneMatch(e -> e.from().equals(PULSE) && e.to().equals("outlet:afp"));
    }

    @Test
    void ndtvIsSyndicatedFromAfpOnTwoPiecesOfEvidence() {
        Edge e = edgeBetween(built, NDTV, "outlet:afp");
        assertThat(e.kind()).isEqualTo(EdgeKind.SYNDICATED);
        assertThat(e.evidence()).hasSize(2);
        assertThat(e.confidence()).isCloseTo(1 - 0.1 * 0.15, within(1e-9));
        assertThat(e.uncredited()).isFalse();
    }

    @Test
    void sharedAfpTextDoesNotMakeOneCopyTheOther() {
        Edge reuse = built.edges().stream().filter(x -> x.kind() == EdgeKind.REUSED).findFirst().orElseThrow();
        assertThat(reuse.directionKnown()).isFalse();
        assertThat(reuse.uncredited()).isFalse();
        assertThat(reuse.evidence().get(0).sentence()).contains("both credit afp");
    }

    @Test
    void pulseTracesToAfpThroughFrance24() {
        ChainTrace trace = new ChainTracer().trace(graph, PULSE);
        ProvenanceChain best = trace.best();
        assertThat(best.hops()).extracting(h -> h.node().id()).containsExactly(france24, "outlet:afp");
        assertThat(best.hops()).extracting(h -> h.edge().kind()).containsExactly(EdgeKind.CREDITED, EdgeKind.CREDITED);
        assertThat(best.originType()).isEqualTo(OriginType.WIRE_AGENCY);
        assertThat(best.probability()).isCloseTo(0.9 * 0.8, within(1e-9));
        assertThat(trace.hasConflict()).isFalse();
    }

    @Test
    void ndtvTracesToAfp() {
        ProvenanceChain best = new ChainTracer().trace(graph, NDTV).best();
        assertThat(best.origin().id()).isEqualTo("outlet:afp");
        assertThat(best.hops()).singleElement().satisfies(h -> assertThat(h.edge().kind()).isEqualTo(EdgeKind.SYNDICATED));
    }

    @Test
    void bothArticlesAreOneStoryWithOriginAfp() {
        Story story = new StoryClusterer(new ChainTracer(), 1000).storyOf(graph, NDTV);
        assertThat(story.articles()).extracting(Node::id).containsExactlyInAnyOrder(PULSE, NDTV);
        assertThat(story.members()).extracting(Node::id).contains(france24);
        assertThat(story.outlets()).extracting(Node::id).containsExactly("outlet:afp");
        assertThat(story.origin().id()).isEqualTo("outlet:afp");
        assertThat(story.originType()).isEqualTo(OriginType.WIRE_AGENCY);
        assertThat(story.id()).isEqualTo("story:" + NDTV);
        assertThat(story.tree().branches()).extracting(b -> b.node().id()).containsExactlyInAnyOrder(france24, NDTV);
        assertThat(story.tree().size()).isEqualTo(3);
        assertThat(new StoryClusterer(new ChainTracer(), 1000).storyOf(graph, PULSE).members())
                .isEqualTo(story.members());
    }

    @Test
    void theGraphDoesNotDependOnTheOrderArticlesArrive() {
        List<ArticleInput> reversed = new ArrayList<>(List.of(pulse, ndtv));
        Collections.reverse(reversed);
        EdgeBuilder.Result again = new EdgeBuilder().build(reversed);
        assertThat(again.edges()).containsExactlyInAnyOrderElementsOf(built.edges());
        assertThat(again.nodes()).containsExactlyInAnyOrderElementsOf(built.nodes());
    }
}
