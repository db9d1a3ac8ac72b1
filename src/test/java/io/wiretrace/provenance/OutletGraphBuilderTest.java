package io.wiretrace.provenance;

import static io.wiretrace.provenance.Fixtures.edge;
import static io.wiretrace.provenance.Fixtures.hours;
import static io.wiretrace.provenance.Fixtures.newsroomArticle;
import static io.wiretrace.provenance.Fixtures.outlet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wiretrace.outlet.OutletKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutletGraphBuilderTest {

    private final Node afp = outlet("afp", OutletKind.WIRE_AGENCY);
    private final Node farm1 = newsroomArticle("farm1", "farm", hours(5));
    private final Node farm2 = newsroomArticle("farm2", "farm", hours(6));
    private final Node farm3 = newsroomArticle("farm3", "farm", hours(7));
    private final Node daily1 = newsroomArticle("daily1", "daily", hours(1));
    private final Node daily2 = newsroomArticle("daily2", "daily", hours(2));
    private final Node copier = newsroomArticle("copier1", "copier", hours(9));

    private final ProvenanceGraph graph = new InMemoryProvenanceGraph(
            List.of(afp, farm1, farm2, farm3, daily1, daily2, copier), List.of(
                    uncredited("farm1", "daily1", 0.9),
                    uncredited("farm2", "daily2", 0.7),
                    edge("farm3", "daily2", EdgeKind.CREDITED, 0.8),
                    edge("farm3", "outlet:afp", EdgeKind.CREDITED, 0.9),
                    uncredited("copier1", "farm1", 0.6),
                    new Edge("farm1", "farm2", EdgeKind.REUSED, 0.5, false, false, List.of())));

    private static Edge uncredited(String from, String to, double confidence) {
        return new Edge(from, to, EdgeKind.REUSED, confidence, true, true, List.of());
    }

    @Test
    void countsWhatAnOutletTakesAndWhoTakesFromIt() {
        OutletGraph g = new OutletGraphBuilder(2).summarize(graph, "farm", List.of("farm1", "farm2", "farm3"));
        assertThat(g.takesFrom()).extracting(OutletLink::outletKey).containsExactly("daily", "afp");
        OutletLink daily = g.takesFrom().get(0);
        assertThat(daily.derivations()).isEqualTo(3);
        assertThat(daily.uncredited()).isEqualTo(2);
        assertThat(daily.credited()).isEqualTo(1);
        assertThat(daily.uncreditedShare()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(daily.mainKind()).isEqualTo(EdgeKind.REUSED);
        assertThat(daily.examples()).containsExactly("farm1", "farm3");
        assertThat(g.takenBy()).singleElement().satisfies(l -> {
            assertThat(l.outletKey()).isEqualTo("copier");
            assertThat(l.examples()).containsExactly("copier1");
        });
    }

    @Test
    void exportsAsAnOutletLevelSubgraph() {
        Subgraph s = new OutletGraphBuilder(2).summarize(graph, "farm", List.of("farm1", "farm2", "farm3")).toSubgraph();
        assertThat(s.nodes()).extracting(Node::id)
                .containsExactly("outlet:farm", "outlet:daily", "outlet:afp", "outlet:copier");
        assertThat(s.edges()).anySatisfy(e -> {
            assertThat(e.from()).isEqualTo("outlet:farm");
            assertThat(e.to()).isEqualTo("outlet:daily");
            assertThat(e.evidence().get(0).sentence()).contains("3 derivation(s)").contains("2 uncredited");
        });
    }
}
