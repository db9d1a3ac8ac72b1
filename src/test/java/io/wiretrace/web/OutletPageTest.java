package io.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.outlet.OutletKind;
import io.wiretrace.provenance.EdgeKind;
import io.wiretrace.provenance.OutletGraph;
import io.wiretrace.provenance.OutletLink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutletPageTest {

    @Test
    void takersAreDrawnLeftSourcesRightAndUncreditedLinksAreFlagged() {
        OutletGraph graph = new OutletGraph("france24",
                List.of(new OutletLink("afp", 4, 1, EdgeKind.CREDITED, 0.8, List.of("article:3"))),
                List.of(new OutletLink("nigeriapulse.com", 2, 2, EdgeKind.REUSED, 0.7,
                        List.of("placeholder:france24@article:9"))));
        OutletPage page = OutletPage.of(Articles.outlet("france24", "France 24", OutletKind.NEWSROOM), graph,
                k -> Map.of("afp", "AFP").getOrDefault(k, k), List.of());

        var boxes = page.picture().boxes();
        int taker = boxes.stream().filter(b -> b.id().equals("by:nigeriapulse.com")).findFirst().orElseThrow().x();
        int self = boxes.stream().filter(b -> b.id().equals("outlet:france24")).findFirst().orElseThrow().x();
        int source = boxes.stream().filter(b -> b.id().equals("from:afp")).findFirst().orElseThrow().x();
        assertThat(taker).isLessThan(self);
        assertThat(self).isLessThan(source);
        assertThat(page.picture().lines()).extracting(GraphDrawing.Line::flag)
                .containsExactly("2 uncredited", "1 uncredited");
        OutletLinkRow afp = page.takesFrom().get(0);
        assertThat(afp.outlet()).isEqualTo("AFP");
        assertThat(afp.credited()).isEqualTo(3);
        assertThat(afp.uncreditedShare()).isEqualTo("25%");
        assertThat(afp.examples()).extracting(Field::href).containsExactly("/articles/3");
        assertThat(page.takenBy().get(0).examples()).extracting(Field::value, Field::href)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("as credited by article 9", "/articles/9"));
        assertThat(page.exports()).extracting(Field::href).contains("/api/outlets/france24/graph/export?format=csv");
    }
}
