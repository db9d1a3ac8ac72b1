package io.wiretrace.provenance.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.Subgraph;
import io.wiretrace.support.ProvJsonSchema;
import io.wiretrace.verdict.Review;
import io.wiretrace.verdict.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exports carry the verdict on a hop: an entity attributed to its reviewer (prov:wasAttributedTo). */
class VerdictExportTest {

    private static final Review CONFIRMED = new Review(41, Verdict.CONFIRMED, "ana", Instant.parse("2026-12-06T04:00:00Z"),
            "Called the desk <b>twice</b>", 0.87654);

    private static Subgraph reviewed() {
        Subgraph plain = ExportFixture.subgraph();
        List<Edge> edges = new ArrayList<>(plain.edges());
        edges.set(0, edges.get(0).withReview(CONFIRMED));
        return new Subgraph(plain.nodes(), edges);
    }

    @Test
    void provJsonAttributesTheVerdictToItsReviewerAndStaysValid() throws Exception {
        String doc = new ProvJsonExporter().export(reviewed());
        assertThat(ProvJsonSchema.errors(doc)).isEmpty();
        JsonNode json = new ObjectMapper().readTree(doc);
        assertThat(json.at("/agent/wtr:ana/prov:type/$").asText()).isEqualTo("prov:Person");
        assertThat(json.at("/entity/wtv:41/wt:verdict").asText()).isEqualTo("confirmed");
        assertThat(json.at("/entity/wtv:41/wt:note").asText()).isEqualTo("Called the desk <b>twice</b>");
        assertThat(json.at("/entity/wtv:41/prov:label").asText()).isEqualTo("confirmed by ana on 2026-12-06 04:00 UTC");
        List<String> attributed = new ArrayList<>();
        json.get("wasAttributedTo").forEach(a -> attributed.add(a.get("prov:entity").asText() + " " + a.get("prov:agent").asText()));
        assertThat(attributed).contains("wtv:41 wtr:ana");
        assertThat(json.get("wasDerivedFrom").toString()).contains("wtv:41");
    }

    @Test
    void provOCsvAndGraphMlNameTheReviewer() {
        String ld = new ProvJsonLdExporter().export(reviewed());
        assertThat(ld).contains("\"@id\":\"wtv:41\"").contains("\"prov:wasAttributedTo\":{\"@id\":\"wtr:ana\"}")
                .contains("\"@type\":\"prov:Person\"").contains("\"wtr\":\"urn:wiretrace:reviewer:\"");
        assertThat(new CsvEdgeExporter().export(reviewed())).contains(",confirmed,ana,2026-12-06T04:00:00Z,");
        assertThat(new GraphMlExporter().export(reviewed())).contains("<data key=\"e_reviewer\">ana</data>")
                .contains("<data key=\"e_reviewNote\">Called the desk &lt;b&gt;twice&lt;/b&gt;</data>");
    }
}
