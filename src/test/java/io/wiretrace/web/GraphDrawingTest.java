package io.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GraphDrawingTest {

    static GraphDrawing.Spot spot(String id) {
        return new GraphDrawing.Spot(id, "Label of " + id, "sub", null, "article");
    }

    static Map<String, GraphDrawing.Box> boxes(GraphDrawing d) {
        return d.boxes().stream().collect(Collectors.toMap(GraphDrawing.Box::id, b -> b));
    }

    @Test
    void aChainIsDrawnLeftToRightFromTheRootWithOneLinePerEdge() {
        GraphDrawing d = GraphDrawing.layered(List.of(spot("c"), spot("b"), spot("a")),
                List.of(new GraphDrawing.Link("a", "b", "credited 0.85", null, "#hop-0"),
                        new GraphDrawing.Link("b", "c", "reused 0.70", "uncredited", "#hop-1")), "a", true);
        Map<String, GraphDrawing.Box> b = boxes(d);
        assertThat(b.get("a").x()).isLessThan(b.get("b").x());
        assertThat(b.get("b").x()).isLessThan(b.get("c").x());
        assertThat(b.get("a").y()).isEqualTo(b.get("c").y());
        assertThat(d.lines()).hasSize(2);
        assertThat(d.lines().get(1).marked()).isTrue();
        assertThat(d.lines().get(0).path()).startsWith("M " + (b.get("a").x() + GraphDrawing.BOX_W) + " ");
        assertThat(d.width()).isGreaterThanOrEqualTo(b.get("c").x() + GraphDrawing.BOX_W);
    }

    @Test
    void aTreeFollowsEdgesBackwardsFromTheOriginAndStacksSiblings() {
        GraphDrawing d = GraphDrawing.layered(List.of(spot("origin"), spot("x"), spot("y"), spot("z")),
                List.of(new GraphDrawing.Link("x", "origin", "syndicated 0.95", null, null),
                        new GraphDrawing.Link("y", "origin", "credited 0.90", null, null),
                        new GraphDrawing.Link("z", "x", "reused 0.80", "uncredited", null)), "origin", false);
        Map<String, GraphDrawing.Box> b = boxes(d);
        assertThat(b.get("x").x()).isEqualTo(b.get("y").x()).isGreaterThan(b.get("origin").x());
        assertThat(b.get("x").y()).isNotEqualTo(b.get("y").y());
        assertThat(b.get("z").x()).isGreaterThan(b.get("x").x());
        assertThat(d.height()).isGreaterThan(2 * GraphDrawing.BOX_H);
    }

    @Test
    void unreachedNodesGoToALastColumnAndLongLabelsAreShortened() {
        GraphDrawing.Spot longOne = new GraphDrawing.Spot("far", "A very long headline that will never fit in a box",
                null, null, "article");
        GraphDrawing d = GraphDrawing.layered(List.of(spot("root"), longOne), List.of(), "root", true);
        Map<String, GraphDrawing.Box> b = boxes(d);
        assertThat(b.get("far").x()).isGreaterThan(b.get("root").x());
        assertThat(b.get("far").label()).endsWith("\u2026").hasSizeLessThanOrEqualTo(25);
        assertThat(b.get("far").title()).isEqualTo(longOne.label());
        assertThat(d.lines()).isEmpty();
    }

    @Test
    void edgesToUnknownNodesAreLeftOut() {
        GraphDrawing d = GraphDrawing.layered(List.of(spot("a")),
                List.of(new GraphDrawing.Link("a", "missing", "x", null, null)), "a", true);
        assertThat(d.lines()).isEmpty();
        assertThat(GraphDrawing.layered(List.of(), List.of(), "a", true).isEmpty()).isTrue();
    }
}
