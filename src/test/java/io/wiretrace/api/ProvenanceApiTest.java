package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wiretrace.app.FollowCredits;
import io.wiretrace.support.CreditingPages;
import io.wiretrace.support.LocalSite;
import io.wiretrace.support.ProvJsonSchema;
import io.wiretrace.support.SharedCorpus;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProvenanceApiTest {

    @Inject
    FollowCredits follow;

    static int ingest(Map<String, Object> body) {
        return Matching.awaitMatched(given().contentType(ContentType.JSON).body(body).post("/api/articles").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201))).extract().path("id"));
    }

    @Test
    void seedsTraceBackToAfpWithEvidenceForEachHop() {
        int ndtv = ingest(Map.of("text", SharedCorpus.read("pages/seed-ndtv.txt"), "outlet", "NDTV"));
        int farm = ingest(Map.of("text", SharedCorpus.read("pages/seed-nigeriapulse.txt"), "outlet", "nigeriapulse.com"));

        JsonPath chain = given().get("/api/articles/" + farm + "/provenance").then().statusCode(200).extract().jsonPath();
        List<String> path = chain.getList("best.hops.node.label");
        assertThat(chain.getString("best.hops[0].edge.kind")).isEqualTo("CREDITED");
        assertThat(chain.getString("best.hops[0].edge.evidence[0].sentence")).contains("Original Source: www.france24.com");
        // France 24 → AFP is inferred from the text NDTV ran, not stated by France 24: its own kind says so
        assertThat(chain.getString("best.hops[1].edge.kind")).isEqualTo("INHERITED");
        assertThat(path.get(0).toLowerCase()).contains("france");
        assertThat(chain.getString("best.origin.outletKey")).isEqualTo("afp");
        assertThat(chain.getString("best.originType")).isEqualTo("WIRE_AGENCY");
        // evidence and nodes name outlets as people know them, not by their keys
        assertThat(chain.getString("best.origin.outletName")).isEqualTo("AFP");
        assertThat(chain.getString("best.hops[0].node.outletName")).as("a credited work of a registered outlet")
                .isEqualTo("France 24");
        assertThat(chain.getList("best.hops.edge.evidence.flatten().sentence", String.class))
                .anyMatch(sentence -> sentence.contains("the NDTV article"));
        // the AFP hop rests on NDTV's credits and its syndication notice: each is named in its evidence
        assertThat(chain.getList("best.hops.edge.evidence.flatten().sentence", String.class))
                .anyMatch(sentence -> sentence.contains("which credits AFP") && sentence.contains("syndication notice")
                        && sentence.contains("syndicated feed"));
        // every quoted piece of evidence names the article holding it, and the offsets give back the exact text
        // (the AFP hop's credit is read in NDTV's copy of the story, not in the rewrite)
        List<Map<String, Object>> quoted = chain.<Map<String, Object>>getList("best.hops.edge.evidence.flatten()")
                .stream().filter(e -> e.get("start") != null).toList();
        assertThat(quoted).extracting(e -> e.get("foundIn")).contains("article:" + farm, "article:" + ndtv);
        for (Map<String, Object> e : quoted) {
            String holder = ((String) e.get("foundIn")).substring("article:".length());
            String body = given().get("/api/articles/" + holder).then().extract().path("bodyText");
            assertThat(body.substring((Integer) e.get("start"), (Integer) e.get("end"))).isEqualTo(e.get("text"));
        }

        JsonPath ndtvChain = given().get("/api/articles/" + ndtv + "/provenance").then().statusCode(200).extract().jsonPath();
        assertThat(ndtvChain.getString("best.origin.outletKey")).isEqualTo("afp");
        assertThat(ndtvChain.getList("best.hops.edge.kind")).contains("SYNDICATED");

        JsonPath story = given().get("/api/articles/" + farm + "/story").then().statusCode(200).extract().jsonPath();
        assertThat(story.getList("members.id")).contains("article:" + ndtv, "article:" + farm);
        assertThat(story.getString("origin.outletKey")).isEqualTo("afp");
        String storyId = story.getString("id");
        given().get("/api/stories/" + storyId).then().statusCode(200).body("id", equalTo(storyId));
    }

    @Test
    void anUncreditedCopyGetsAReusedEdgeFlaggedUncreditedInEitherOrder() {
        // two different stories, so the two orders cannot match each other's articles
        for (String story : new String[] {"council-budget", "museum-theft"}) {
            boolean copyFirst = story.startsWith("council");
            String tag = "\n\nCase " + UUID.randomUUID() + ".";
            String original = new String(LocalSite.resource("/texts/" + story + ".txt"), StandardCharsets.UTF_8) + tag;
            String copy = new String(LocalSite.resource("/texts/" + story + "-copy.txt"), StandardCharsets.UTF_8) + tag;
            Map<String, Object> o = Map.of("text", original, "url", "https://wire.example/" + UUID.randomUUID(),
                    "publishedAt", "2025-05-07T09:00:00Z");
            Map<String, Object> c = Map.of("text", copy, "url", "https://copycat.example/" + UUID.randomUUID(),
                    "publishedAt", "2025-05-07T15:00:00Z");
            int copyId = copyFirst ? ingest(c) : 0;
            int originalId = ingest(o);
            if (!copyFirst) {
                copyId = ingest(c);
            }
            JsonPath chain = given().get("/api/articles/" + copyId + "/provenance").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(chain.getString("best.hops[0].edge.kind")).isEqualTo("REUSED");
            assertThat(chain.getBoolean("best.hops[0].edge.uncredited")).isTrue();
            assertThat(chain.getString("best.hops[0].node.id")).isEqualTo("article:" + originalId);
            // other tests store later copies of the same fixture texts: the copy is among the derivatives
            given().get("/api/articles/" + originalId + "/derivatives").then().statusCode(200)
                    .body("branches.node.id", hasItem("article:" + copyId));
        }
    }

    @Test
    void whenTheEarlierSourceArrivesAfterItsCopyTheCopysChainUpdates() {
        // letters shifted by a shift of this run: other tests store the same report, which the copy would match first
        int shift = 2 + new java.util.Random().nextInt(23);
        String tag = "\n\nCase " + UUID.randomUUID() + ".";
        String original = shifted(new String(LocalSite.resource("/texts/dam-report.txt"), StandardCharsets.UTF_8), shift) + tag;
        String copy = shifted(new String(LocalSite.resource("/texts/dam-report-copy.txt"), StandardCharsets.UTF_8), shift) + tag;
        int copyId = ingest(Map.of("text", copy, "url", "https://copycat.example/" + UUID.randomUUID(),
                "publishedAt", "2025-06-02T15:00:00Z"));
        assertThat(chain(copyId).getList("best.hops.edge.kind")).doesNotContain("REUSED");

        int originalId = ingest(Map.of("text", original, "url", "https://wire.example/" + UUID.randomUUID(),
                "publishedAt", "2025-06-02T09:00:00Z"));
        JsonPath after = chain(copyId);
        assertThat(after.getString("best.hops[0].edge.kind")).isEqualTo("REUSED");
        assertThat(after.getString("best.hops[0].node.id")).isEqualTo("article:" + originalId);
    }

    @Test
    void withFollowingOffACreditedUrlStaysAPlaceholderUntilAClientIngestsIt() throws Exception {
        try (CreditingPages pages = new CreditingPages("127.0.0.1")) {
            pages.article("/source", "The source page");
            String sourceUrl = pages.url("/source");
            int copyId = ingest(Map.of("html", CreditingPages.html("The crediting page", sourceUrl),
                    "url", "https://credits-" + UUID.randomUUID() + ".example/story"));
            Thread.sleep(1_500); // following is off by default: give a background follower time to show itself
            assertThat(pages.hits("/source")).isZero();
            assertThat(follow.recent()).noneMatch(o -> o.url().equals(sourceUrl));
            JsonPath before = chain(copyId);
            assertThat(before.getString("best.hops[0].node.id")).startsWith("placeholder:");
            assertThat(before.getString("best.hops[0].node.url")).isEqualTo(sourceUrl);

            int sourceId = ingest(Map.of("url", sourceUrl));
            JsonPath after = chain(copyId);
            assertThat(after.getString("best.hops[0].node.id")).isEqualTo("article:" + sourceId);
            assertThat(after.getString("best.hops[0].edge.kind")).isEqualTo(before.getString("best.hops[0].edge.kind"));
        }
    }

    private static String shifted(String text, int shift) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 'a' && c <= 'z' ? (char) ('a' + (c - 'a' + shift) % 26) : c);
        }
        return out.toString();
    }

    private static JsonPath chain(int articleId) {
        return given().get("/api/articles/" + articleId + "/provenance").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void exportsComeInFourFormats() throws Exception {
        int ndtv = ingest(Map.of("text", SharedCorpus.read("pages/seed-ndtv.txt"), "outlet", "NDTV"));
        String prov = given().queryParam("format", "prov-json").get("/api/articles/" + ndtv + "/provenance/export")
                .then().statusCode(200).extract().asString();
        JsonNode json = new ObjectMapper().readTree(prov);
        assertThat(json.has("prefix")).isTrue();
        assertThat(json.has("entity")).isTrue();
        given().queryParam("format", "prov-o").get("/api/articles/" + ndtv + "/provenance/export").then().statusCode(200)
                .body(containsString("@context"));
        given().queryParam("format", "graphml").get("/api/articles/" + ndtv + "/provenance/export").then()
                .statusCode(200).body(containsString("<graphml"));
        given().queryParam("format", "csv").get("/api/articles/" + ndtv + "/story/../provenance/export").then()
                .statusCode(200).contentType(startsWith("text/csv"));
        given().queryParam("format", "pdf").get("/api/articles/" + ndtv + "/provenance/export").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("format"));
        given().queryParam("format", "graphml").get("/api/outlets/ndtv/graph/export").then().statusCode(200);
        // outlets are labelled by name in an outlet graph's exports
        given().get("/api/outlets/ndtv/graph").then().statusCode(200).body("names.ndtv", equalTo("NDTV"));
        for (String archive : new String[] {"warc", "wacz"}) {
            given().queryParam("format", archive).get("/api/outlets/ndtv/graph/export").then().statusCode(400)
                    .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                    .body("detail", org.hamcrest.Matchers.containsString("per chain or story"));
        }
        // an unknown format there names only the formats an outlet graph has
        given().queryParam("format", "xx").get("/api/outlets/ndtv/graph/export").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("not one of prov-json, prov-o, graphml, csv ("));
    }

    @Test
    void provJsonExportsOfTheSeedChainItsStoryAndAnOutletGraphAreValidW3cProvJson() {
        ingest(Map.of("text", SharedCorpus.read("pages/seed-ndtv.txt"), "outlet", "NDTV"));
        int farm = ingest(Map.of("text", SharedCorpus.read("pages/seed-nigeriapulse.txt"), "outlet", "nigeriapulse.com"));
        String storyId = given().get("/api/articles/" + farm + "/story").then().statusCode(200).extract().path("id");
        for (String path : List.of("/api/articles/" + farm + "/provenance/export", "/api/stories/" + storyId + "/export",
                "/api/outlets/afp/graph/export")) {
            String doc = given().queryParam("format", "prov-json").get(path).then().statusCode(200).extract().asString();
            assertThat(doc).as(path).contains("wasDerivedFrom");
            assertThat(ProvJsonSchema.errors(doc)).as(path).isEmpty();
        }
    }

    @Test
    void outletGraphCountsWhatAnOutletTakes() {
        ingest(Map.of("text", SharedCorpus.read("pages/seed-ndtv.txt"), "outlet", "NDTV"));
        given().get("/api/outlets/ndtv/graph").then().statusCode(200).body("outletKey", equalTo("ndtv"))
                .body("takesFrom.outletKey", org.hamcrest.Matchers.hasItem("afp"));
        given().get("/api/outlets/afp/graph").then().statusCode(200)
                .body("takenBy.outletKey", org.hamcrest.Matchers.hasItem("ndtv"));
        given().get("/api/outlets/no-such-outlet/graph").then().statusCode(404);
    }

    @Test
    void unknownArticleOrBadStoryIdIsAProblem() {
        given().get("/api/articles/99999996/provenance").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/stories/story:abc").then().statusCode(400).contentType("application/problem+json");
    }
}
