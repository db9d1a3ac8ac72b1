package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wiretrace.support.LocalSite;
import io.wiretrace.support.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewApiTest {

    static int ingest(Map<String, Object> body) {
        return Matching.awaitMatched(given().contentType(ContentType.JSON).body(body).post("/api/articles").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201))).extract().path("id"));
    }

    @Test
    void theSeedRewriteIsReviewedAgainstNdtv() {
        int ndtv = ingest(Map.of("text", SharedCorpus.read("pages/seed-ndtv.txt"), "outlet", "NDTV"));
        int farm = ingest(Map.of("text", SharedCorpus.read("pages/seed-nigeriapulse.txt"), "outlet", "nigeriapulse.com"));
        JsonPath r = given().get("/api/articles/" + farm + "/compare/" + ndtv).then().statusCode(200).extract().jsonPath();

        String paraphrased = r.getList("review.rewrite.findAll { it.sentenceClass == 'PARAPHRASED' }.text").toString();
        assertThat(paraphrased).contains("Fuad Hussein").contains("1,383");
        String added = r.getList("review.rewrite.findAll { it.sentenceClass == 'ADDED' }.text").toString();
        assertThat(added).contains("security is a shared responsibility");
        assertThat(added).containsIgnoringCase("al-Rufayi");
        assertThat(r.getList("review.creditChanges.findAll { it.change == 'DROPPED' }.target").toString()).contains("AFP");
        List<String> codes = r.getList("signals.code");
        assertThat(codes).contains("unrelated-author-bio", "original-source-footer-on-rewrite", "comment-form-boilerplate");
        // neither seed states a publication time: being ingested a second apart says nothing of how fast it was rewritten
        given().get("/api/articles/" + farm).then().body("publishedAt", nullValue());
        assertThat(codes).doesNotContain("fast-paraphrased-rewrite");
        assertThat(r.getDouble("review.summary.rewriteParaphrased")).isGreaterThan(0.2);

        // the example: NDTV's "over 1,300" against the rewrite's 1,383, aligned, consistent, with offsets
        Map<String, Object> toll = r.getMap("review.changedFacts.find { it.sourceValue == 'over 1,300' }");
        assertThat(toll).as("changed facts: %s", r.getList("review.changedFacts")).isNotNull()
                .containsEntry("kind", "NUMBER").containsEntry("agreement", "ROUNDED").containsEntry("rewriteValue", "1,383");
        String farmBody = given().get("/api/articles/" + farm).then().extract().path("bodyText");
        String ndtvBody = given().get("/api/articles/" + ndtv).then().extract().path("bodyText");
        assertThat(farmBody.substring((int) toll.get("rewriteStart"), (int) toll.get("rewriteEnd"))).isEqualTo("1,383");
        assertThat(ndtvBody.substring((int) toll.get("sourceStart"), (int) toll.get("sourceEnd"))).isEqualTo("over 1,300");
        assertThat(r.getString("review.source[" + toll.get("sourceSentence") + "].sentenceClass")).isEqualTo("PARAPHRASED");

        // without a source named: NDTV is on no chain of the rewrite's (it credits France 24), but the stored reuse
        // match names it, and the rewrite is the derived side; NDTV itself is not reviewed as a rewrite of the farm
        // (other tests of this application may store NDTV's text again: any stored copy of it is the source)
        String source = given().get("/api/articles/" + farm + "/compare").then().statusCode(200).extract()
                .path("review.sourceId");
        assertThat(given().get("/api/articles/" + source).then().extract().<String>path("bodyText"))
                .contains("which is an offshoot of Shiite Islam");
        given().get("/api/articles/" + ndtv + "/compare").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aRewriteMetYearsBeforeItsSourceIsStillReviewedAgainstIt() {
        String tag = "Ref " + java.util.UUID.randomUUID() + ".";
        List<String> paragraphs = List.of(
                "The regional water board in Tessaly approved on Thursday a plan to rebuild the old pumping station at"
                        + " Marrow Bend, after two summers in which the villages downstream ran short of drinking water.",
                "The board's chair, Oda Lindqvist, told the meeting that the station's three pumps dated from 1961 and"
                        + " that spare parts now had to be made by hand in the board's own workshop at great cost.",
                "Work is expected to begin in March and to last about eighteen months, during which tankers will"
                        + " supply the nine villages on the eastern bank whenever the river falls below its summer mark.",
                "Farmers' groups welcomed the decision but asked the board to publish the contracts, saying the last"
                        + " repair of the intake channel had run two years late and far over its announced budget.",
                "The plan will be paid for by a loan from the provincial development fund and by a small rise in"
                        + " water charges, which the board said would be phased in over three years from next January.",
                "Opposition members voted against, arguing that a new station further upstream would have served the"
                        + " growing suburbs better and would not have flooded the meadows that the old site borders.");
        String source = String.join("\n\n", paragraphs) + "\n\n" + tag;
        String rewrite = String.join("\n\n", paragraphs.subList(0, 4)).replace("on Thursday", "this week")
                .replace("great cost", "considerable expense") + "\n\n" + tag;
        // the rewrite is met first, by years (a 2019 capture), the source only now
        int copy = ingest(Map.of("text", rewrite,
                "url", "https://web.archive.org/web/20190601120000/https://copydesk.example/" + tag.hashCode()));
        int original = ingest(Map.of("text", source, "url", "https://origin-desk.example/" + tag.hashCode()));
        given().get("/api/articles/" + copy).then().body("createdAt", startsWith("2019-06-01"));
        // the stored match takes that first-seen order; the source is chosen on the order-free judgement
        given().get("/api/articles/" + copy + "/compare").then().statusCode(200)
                .body("review.sourceId", equalTo(Integer.toString(original)));
    }

    @Test
    void postCompareReportsChangedFiguresWithTheirAgreement() {
        String source = "Officials said the storm killed 1,383 people in the coastal provinces on March 14. Tourism"
                + " accounts for 15 percent of the region's output, the ministry added in its weekly report.";
        String rewrite = "The storm left more than 1,300 people dead in the coastal provinces on March 14, officials said."
                + " Tourism accounts for 12 percent of the region's output, the ministry added in its weekly report.";
        JsonPath r = given().contentType(ContentType.JSON)
                .body(Map.of("rewrite", Map.of("text", rewrite), "source", Map.of("text", source)))
                .post("/api/compare").then().statusCode(200).extract().jsonPath();
        assertThat(r.getList("review.changedFacts.agreement")).containsExactly("ROUNDED", "CONTRADICTING");
        assertThat(r.getList("review.changedFacts.rewriteValue")).containsExactly("more than 1,300", "12 percent");
        assertThat(r.getList("review.changedFacts.sourceValue")).containsExactly("1,383", "15 percent");
        assertThat(r.getInt("review.changedFacts[0].rewriteStart")).isEqualTo(rewrite.indexOf("more than 1,300"));
        assertThat(r.getInt("review.changedFacts[1].sourceStart")).isEqualTo(source.indexOf("15 percent"));
        assertThat(r.getString("dependence.level")).isIn("wholly_derived", "partially_derived", "independent");
        assertThat(r.getString("dependence.derived")).isEqualTo("this");
        assertThat(r.getList("dependence.reasons")).isNotEmpty();
    }

    @Test
    void theSameAuthorBioAcrossOutletsIsASignal() {
        String bio = "Morgan Vale is a seasoned journalist who covers gardening, home cooking and family travel, with a"
                + " degree in horticulture and " + System.nanoTime() % 1000 + " published features.";
        List<String> stories = List.of(
                "The port authority said on Monday that container traffic fell sharply in the third quarter.",
                "Lawmakers approved a bill on Tuesday that tightens the rules on political advertising online.",
                "The national team qualified for the final after a penalty shoot-out in the capital on Wednesday.",
                "A regional court ordered the release of two activists detained during last month's protests.");
        int last = 0;
        for (int i = 0; i < stories.size(); i++) {
            String body = stories.get(i) + " " + stories.get(i).replace("said", "confirmed").replace("on ", "late on ")
                    + " Officials gave few further details, and the matter is expected to return before the courts, the"
                    + " ministers and the public in the coming weeks, when more documents are published and the first"
                    + " hearings begin in front of a panel of judges, lawyers, reporters, observers and citizens who"
                    + " have followed the case since it began, in a city where the question divides opinion sharply."
                    + "\n\n" + bio;
            last = ingest(Map.of("text", body, "outlet", "bio-network-" + i + ".example"));
        }
        JsonPath r = given().get("/api/articles/" + last + "/signals").then().statusCode(200).extract().jsonPath();
        assertThat(r.getLong("articleId")).isEqualTo(last);
        assertThat(r.getMap("$")).doesNotContainKey("review"); // the signals, not the whole review they come from
        assertThat(r.getList("signals.code")).contains("shared-author-bio");
        assertThat(r.getString("signals.find { it.code == 'shared-author-bio' }.explanation")).contains("3 other articles");
        assertThat(r.getString("signals.find { it.code == 'shared-author-bio' }.evidence")).isEqualTo(bio);
    }

    @Test
    void postCompareStoresNothing() {
        long before = given().get("/api/articles").then().extract().jsonPath().getLong("total");
        String original = new String(LocalSite.resource("/texts/museum-theft.txt"), StandardCharsets.UTF_8);
        String edited = original.replace("650,000 euros", "700,000 euros")
                + "\n\nA local historian said the instruments had never left the museum since 1921.";
        JsonPath r = given().contentType(ContentType.JSON)
                .body(Map.of("rewrite", Map.of("text", edited), "source", Map.of("text", original)))
                .post("/api/compare").then().statusCode(200).extract().jsonPath();
        assertThat(r.getList("review.changedFacts.rewriteValue").toString()).contains("700,000");
        assertThat(r.getList("review.rewrite.findAll { it.sentenceClass == 'ADDED' }.text").toString()).contains("historian");
        assertThat(given().get("/api/articles").then().extract().jsonPath().getLong("total")).isEqualTo(before);
    }

    @Test
    void badCompareRequestsAreProblems() {
        given().contentType(ContentType.JSON).body(Map.of("rewrite", Map.of("text", "x"))).post("/api/compare")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("source"));
        given().contentType(ContentType.JSON).body(Map.of("rewrite", Map.of("text", "A rewrite."),
                        "source", Map.of("url", "ftp://files.example/story")))
                .post("/api/compare").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("source.url")).body("detail", startsWith("source: "));
        given().get("/api/articles/12/compare/12").then().statusCode(400).body("field", equalTo("sourceId"));
        given().get("/api/articles/99999995/compare/99999994").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void compareWithoutASourceNeedsAStoredSource() {
        int lone = ingest(Map.of("text", "A lone report about a parade.\n\nThe parade had "
                + System.nanoTime() + " floats this year, organisers said on Sunday after counting them twice."));
        given().get("/api/articles/" + lone + "/compare").then().statusCode(404).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.containsString("no-source"));
        given().get("/api/articles/" + lone + "/signals").then().statusCode(200)
                .body("sourceId", org.hamcrest.Matchers.nullValue());
    }
}
