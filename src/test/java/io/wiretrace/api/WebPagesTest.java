package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.wiretrace.support.SharedCorpus;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The web pages' HTML, through HTTP: check form, article page, search, errors as HTML, escaping. */
@QuarkusTest
class WebPagesTest {

    static int check(String text, String outlet) {
        Response r = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("input", text).formParam("as", "auto").formParam("url", "").formParam("outlet", outlet)
                .formParam("action", "store").post("/check");
        assertThat(r.statusCode()).isEqualTo(303);
        String location = r.header("Location");
        assertThat(location).matches(".*/articles/\\d+$");
        return Matching.awaitMatched(Integer.parseInt(location.substring(location.lastIndexOf('/') + 1)));
    }

    @Test
    void homeHasTheCheckFormSearchAndRecentArticles() {
        given().get("/").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<form method=\"post\" action=\"/check\""))
                .body(containsString("name=\"outlet\""))
                .body(containsString("Recent articles"))
                .body(containsString("/css/wiretrace.css"));
        given().get("/css/wiretrace.css").then().statusCode(200).body(containsString("@media"));
    }

    @Test
    void aTextCheckedThroughTheFormKeepsItsStatedTitleAndPublicationTime() {
        Response r = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("input", "The river ferry resumed service on Monday after " + System.nanoTime() + " repairs, the operator said.")
                .formParam("as", "text").formParam("title", "Ferry resumes").formParam("publishedAt", "2019-03-14T09:26")
                .formParam("action", "store").post("/check");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        given().get("/api" + r.header("Location").replaceAll("^https?://[^/]+", "")).then().statusCode(200)
                .body("title", equalTo("Ferry resumes")).body("publishedAt", equalTo("2019-03-14T09:26:00Z"));
        given().contentType(ContentType.URLENC).formParam("input", "A text.").formParam("as", "text")
                .formParam("publishedAt", "last Tuesday").formParam("action", "analyze").post("/check").then()
                .statusCode(400).contentType(ContentType.HTML).body(containsString("last Tuesday"));
    }

    @Test
    void theSearchFormRefusesWhatTheApiRefuses() {
        given().accept("text/html").get("/?outlet=no-such-outlet-anywhere").then().statusCode(400)
                .contentType(ContentType.HTML).body(containsString("no-such-outlet-anywhere"));
        given().accept("text/html").get("/?url=ftp://x").then().statusCode(400).contentType(ContentType.HTML)
                .body(containsString("not an http(s) URL"));
    }

    @Test
    void aCheckThatFailsShowsTheFormAgainWithWhatWasSentAndWhy() {
        String text = "The <river> ferry resumed & service on Monday, the operator said " + System.nanoTime();
        String page = given().contentType(ContentType.URLENC).formParam("input", text).formParam("as", "text")
                .formParam("outlet", "Harbour \"Gazette\"").formParam("title", "Ferry resumes")
                .formParam("publishedAt", "last Tuesday").formParam("action", "store").post("/check").then()
                .statusCode(400).contentType(ContentType.HTML).extract().asString();
        assertThat(page).contains("id=\"check-error\"").contains("last Tuesday")
                .contains("<form method=\"post\" action=\"/check\"")
                .contains(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</textarea>")
                .contains("value=\"Harbour &quot;Gazette&quot;\"").contains("value=\"Ferry resumes\"")
                .contains("<option value=\"text\" selected>");
        // no article in what was sent (422): the same
        given().contentType(ContentType.URLENC).formParam("input", "Too short.").formParam("as", "html")
                .formParam("action", "analyze").post("/check").then().statusCode(422).contentType(ContentType.HTML)
                .body(containsString("Too short.</textarea>"));
    }

    @Test
    void seedsCheckedThroughTheFormShowTheirChainAttributionsAndExports() {
        int ndtv = check(SharedCorpus.read("pages/seed-ndtv.txt"), "NDTV");
        int farm = check(SharedCorpus.read("pages/seed-nigeriapulse.txt"), "nigeriapulse.com");

        String page = given().get("/articles/" + farm).then().statusCode(200).contentType(ContentType.HTML)
                .extract().asString();
        // the chain drawn: the article, then France 24, then AFP
        assertThat(page).contains("data-node=\"article:" + farm + "\"").contains("data-node=\"outlet:afp\"")
                .contains("class=\"node-label\">France 24<").contains("class=\"node-label\">AFP<")
                .containsPattern("class=\"chain-path\">.*Security.* \u2192 <span>France 24</span> \u2192 <span>AFP</span>");
        assertThat(page).contains("class=\"edge").contains("credited 0.");
        // each hop's evidence is on the page, linked from the drawing
        assertThat(page).contains("href=\"#hop-0\"").contains("id=\"hop-0\"").contains("Original Source: www.france24.com");
        // the attribution highlighted in the body, with kind, target and confidence
        assertThat(page).contains("class=\"credit\"").contains("original_source \u2192 ");
        for (String format : new String[] {"prov-json", "prov-o", "graphml", "csv", "warc", "wacz"}) {
            assertThat(page).contains("/api/articles/" + farm + "/provenance/export?format=" + format);
        }
        assertThat(page).contains("/api/articles/" + farm + "/snapshot");
        assertThat(page).contains("/articles/" + farm + "/review/" + ndtv);

        String review = given().get("/articles/" + farm + "/review/" + ndtv).then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        // the added IS-leader paragraph is marked as added, paraphrased sentences link to their source sentence
        assertThat(review).containsPattern("class=\"sent added\" id=\"r-\\d+\"[^>]*>Prime Minister al-Sudani confirmed "
                + "the killing of Abdullah Makki Muslih al-Rufayi");
        assertThat(review).containsPattern("class=\"sent paraphrased\" id=\"r-\\d+\" href=\"#s-\\d+\"");
        assertThat(review).containsPattern("<b>dropped</b>: AFP").contains("unrelated-author-bio")
                .contains("original-source-footer-on-rewrite");
        assertThat(review.indexOf("Changed facts")).isLessThan(review.indexOf("Side by side"));

        String story = given().get("/stories/article:" + farm).then().statusCode(200).extract().asString();
        assertThat(story).contains("href=\"/articles/" + ndtv + "\"").contains("href=\"/articles/" + farm + "\"")
                .contains("Probable origin: <a href=\"/outlets/afp\">AFP</a>").contains("class=\"timeline\"")
                .contains("<svg class=\"graph\"");

        String afp = given().get("/outlets/afp").then().statusCode(200).extract().asString();
        assertThat(afp).contains("id=\"by-ndtv\"").contains("id=\"by-france24\"").contains("<svg class=\"graph\"")
                .contains("/api/outlets/afp/graph/export?format=graphml");
        given().get("/outlets/ndtv").then().statusCode(200).body(containsString("href=\"/articles/" + ndtv + "\""))
                .body(containsString("id=\"from-afp\""));
        // NDTV's chain ends at AFP, which is not stored: nothing to review it against
        given().get("/articles/" + ndtv + "/review").then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("no stored source"));
    }

    @Test
    void analyzeOnlyStoresNothing() {
        long before = given().get("/api/articles").then().extract().jsonPath().getLong("total");
        given().contentType(ContentType.URLENC).formParam("input", SharedCorpus.read("pages/seed-nigeriapulse.txt"))
                .formParam("action", "analyze").post("/check")
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("nothing was stored"))
                .body(containsString("original_source"));
        assertThat(given().get("/api/articles").then().extract().jsonPath().getLong("total")).isEqualTo(before);
    }

    @Test
    void searchFindsByWordsAndOutlet() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        int id = check("Harbour officials said on Monday that the ferry " + word + " would resume service next week "
                + "after repairs to its engine were completed by the shipyard.", "NDTV");
        given().queryParam("q", word).get("/").then().statusCode(200)
                .body(containsString("1 found")).body(containsString("href=\"/articles/" + id + "\""));
        given().queryParam("outlet", "NDTV").queryParam("q", word).get("/").then().statusCode(200)
                .body(containsString("href=\"/articles/" + id + "\""));
        given().queryParam("q", word + "nothing").get("/").then().statusCode(200).body(containsString("Nothing matches"));
    }

    @Test
    void userContentIsEscaped() {
        int id = check("<script>alert('x')</script> Harbour officials said on Monday that the ferry would resume "
                + "service next week after repairs to its engine were completed at the yard.", "");
        String page = given().get("/articles/" + id).then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
    }

    @Test
    void errorsAreReadableHtmlPagesWhileTheApiKeepsProblemJson() {
        given().get("/articles/abc").then().statusCode(400).contentType(ContentType.HTML)
                .body(containsString("is not a positive integer")).body(not(containsString("Exception")));
        given().get("/articles/987654321").then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("987654321")).body(not(containsString("at io.")));
        given().contentType(ContentType.URLENC).formParam("input", " ").formParam("action", "store").post("/check")
                .then().statusCode(400).contentType(ContentType.HTML).body(containsString("paste a URL"));
        given().get("/jobs/not-a-uuid").then().statusCode(400).contentType(ContentType.HTML);
        given().get("/outlets/no-such-outlet").then().statusCode(404).contentType(ContentType.HTML);
        given().get("/stories/x").then().statusCode(400).contentType(ContentType.HTML);
        given().get("/api/articles/abc").then().statusCode(400).contentType("application/problem+json");
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/no-such-page/<b>").then().statusCode(404)
                .contentType(ContentType.HTML).body(containsString("no resource at this path"))
                .body(containsString("Back to Wiretrace"));
        given().accept("text/html,*/*;q=0.8").get("/api/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json");
        given().accept("application/json").get("/no-such-page").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void reanalysisShowsAJobPageWithProgress() {
        Response r = given().redirects().follow(false).post("/reanalyze");
        assertThat(r.statusCode()).isEqualTo(303);
        given().get(r.header("Location")).then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<progress")).body(containsString("reanalyze"));
    }
}
