package io.wiretrace.provenance;

import static io.wiretrace.provenance.Fixtures.edge;
import static io.wiretrace.provenance.Fixtures.hours;
import static io.wiretrace.provenance.Fixtures.newsroomArticle;
import static io.wiretrace.provenance.Fixtures.outlet;
import static io.wiretrace.provenance.Fixtures.placeholder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wiretrace.outlet.OutletKind;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ChainTracerTest {

    private final ChainTracer tracer = new ChainTracer();
    private final Node a = newsroomArticle("a", "one", hours(3));
    private final Node b = newsroomArticle("b", "two", hours(2));
    private final Node c = newsroomArticle("c", "three", hours(1));
    private final Node afp = outlet("afp", OutletKind.WIRE_AGENCY);
    private final Node reuters = outlet("reuters", OutletKind.WIRE_AGENCY);

    private static ProvenanceGraph graph(List<Node> nodes, Edge... edges) {
        return new InMemoryProvenanceGraph(nodes, List.of(edges));
    }

    @Test
    void anArticleWithoutSourcesIsItsOwnOrigin() {
        ChainTrace t = tracer.trace(graph(List.of(a)), "a");
        assertThat(t.best().hops()).isEmpty();
        assertThat(t.best().origin()).isEqualTo(a);
        assertThat(t.best().originType()).isEqualTo(OriginType.ORIGINAL_REPORTING);
        assertThat(t.best().probability()).isEqualTo(1.0);
    }

    @Test
    void followsTheMostProbablePathThroughACycle() {
        ProvenanceGraph g = graph(List.of(a, b, c, afp), edge("a", "b", EdgeKind.REUSED, 0.9),
                edge("b", "c", EdgeKind.REUSED, 0.8), edge("c", "a", EdgeKind.REUSED, 0.7),
                edge("c", "outlet:afp", EdgeKind.CREDITED, 0.95));
        ProvenanceChain best = tracer.trace(g, "a").best();
        assertThat(best.hops()).extracting(h -> h.node().id()).containsExactly("b", "c", "outlet:afp");
        assertThat(best.originType()).isEqualTo(OriginType.WIRE_AGENCY);
        assertThat(best.probability()).isCloseTo(0.9 * 0.8 * 0.95, within(1e-9));
    }

    @Test
    void aClosedCycleEndsWhereTheChainIsLeastDoubtedAndCallsItUnknown() {
        ProvenanceGraph g = graph(List.of(a, b), edge("a", "b", EdgeKind.REUSED, 0.9), edge("b", "a", EdgeKind.REUSED, 0.8));
        ProvenanceChain best = tracer.trace(g, "a").best();
        assertThat(best.origin().id()).isEqualTo("b");
        assertThat(best.probability()).isCloseTo(0.9 * 0.2, within(1e-9));
        assertThat(best.originType()).isEqualTo(OriginType.UNKNOWN);
    }

    @Test
    void conflictingCreditsGiveAnAlternativeChain() {
        ProvenanceGraph g = graph(List.of(a, afp, reuters), edge("a", "outlet:afp", EdgeKind.CREDITED, 0.9),
                edge("a", "outlet:reuters", EdgeKind.CREDITED, 0.6));
        ChainTrace t = tracer.trace(g, "a");
        assertThat(t.best().origin()).isEqualTo(afp);
        assertThat(t.hasConflict()).isTrue();
        assertThat(t.alternatives()).singleElement().satisfies(alt -> {
            assertThat(alt.origin()).isEqualTo(reuters);
            assertThat(alt.probability()).isCloseTo(0.6, within(1e-9));
        });
    }

    @Test
    void aWeakOnwardEdgeDoesNotMoveTheOrigin() {
        ProvenanceGraph g = graph(List.of(a, b, c), edge("a", "b", EdgeKind.CREDITED, 0.9),
                edge("b", "c", EdgeKind.REUSED, 0.2));
        ChainTrace t = tracer.trace(g, "a");
        assertThat(t.best().origin()).isEqualTo(b);
        assertThat(t.best().probability()).isCloseTo(0.9 * 0.8, within(1e-9));
        assertThat(t.best().originType()).isEqualTo(OriginType.ORIGINAL_REPORTING);
        assertThat(t.alternatives()).extracting(ch -> ch.origin().id()).containsExactly("c");
    }

    @Test
    void aPlaceholderOriginIsUnknown() {
        Node p = placeholder("placeholder:one@a", "bbc", OutletKind.NEWSROOM);
        ProvenanceChain best = tracer.trace(graph(List.of(a, p), edge("a", p.id(), EdgeKind.CREDITED, 0.9)), "a").best();
        assertThat(best.origin()).isEqualTo(p);
        assertThat(best.originType()).isEqualTo(OriginType.UNKNOWN);
    }

    @Test
    void undirectedReuseIsNotFollowedButMakesTheOriginUnknown() {
        Edge undirected = new Edge("a", "b", EdgeKind.REUSED, 0.9, false, false, List.of());
        ProvenanceChain best = tracer.trace(graph(List.of(a, b), undirected), "a").best();
        assertThat(best.hops()).isEmpty();
        assertThat(best.originType()).isEqualTo(OriginType.UNKNOWN);
    }

    @Test
    void depthIsBounded() {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            nodes.add(newsroomArticle("n" + i, "o" + i, hours(-i)));
            if (i > 0) {
                edges.add(edge("n" + (i - 1), "n" + i, EdgeKind.CREDITED, 0.99));
            }
        }
        ProvenanceChain best = new ChainTracer(5, 1000, 3, 0.2)
                .trace(new InMemoryProvenanceGraph(nodes, edges), "n0").best();
        assertThat(best.hops()).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void derivativesHangUnderTheirMostProbableParent() {
        Node d = newsroomArticle("d", "four", hours(4));
        ProvenanceGraph g = graph(List.of(a, b, c, d), edge("b", "c", EdgeKind.REUSED, 0.9),
                edge("a", "c", EdgeKind.REUSED, 0.8), edge("d", "b", EdgeKind.CREDITED, 0.9),
                edge("d", "c", EdgeKind.REUSED, 0.5));
        DerivativeTree tree = tracer.derivatives(g, "c");
        assertThat(tree.size()).isEqualTo(3);
        assertThat(tree.branches()).extracting(br -> br.node().id()).containsExactly("b", "a");
        assertThat(tree.branches().get(0).branches()).singleElement()
                .satisfies(br -> assertThat(br.probability()).isCloseTo(0.81, within(1e-9)));
    }

    @Test
    void unknownNodesAndBadLimitsAreRefused() {
        assertThatThrownBy(() -> tracer.trace(graph(List.of(a)), "zzz")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("zzz");
        assertThatThrownBy(() -> new ChainTracer(0, 10, 1, 0.2)).isInstanceOf(IllegalArgumentException.class);
    }
}
