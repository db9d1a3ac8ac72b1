package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 19, row 2: word search runs on the full-text index, ranked, with bounded queries and snippets. */
@QuarkusTest
class SearchTest {

    static long inBody;
    static long inTitle;
    static long french;
    static long japanese;

    @BeforeEach
    void store() {
        if (inBody != 0) {
            return;
        }
        inBody = ingest(Map.of("html", page("en", "Regional vote", "The regional elections in Quorvania were held on "
                + "Sunday. Observers counted the ballots twice, and the turnout was higher than in any vote of the last "
                + "decade, officials said."), "url", "https://search-test.example/a"));
        inTitle = ingest(Map.of("html", page("en", "Quorvania election results announced", "Voters went to the polls "
                + "across the country on a cold day, and the results were announced late in the evening by the commission."),
                "url", "https://search-test.example/b"));
        french = ingest(Map.of("html", page("fr", "Zentralie : élections régionales", "Les électeurs de Zentralie ont "
                + "voté dimanche pour les élections régionales. Les bureaux de vote ont fermé à vingt heures, "
                + "selon la commission électorale du pays."), "url", "https://search-test.example/c"));
        japanese = ingest(Map.of("text", "東京都で大きな地震が発生しました。気象庁によると、震源の深さは約十キロです。",
                "url", JAPANESE_URL));
    }

    static final String JAPANESE_URL = "https://search-test.example/jishin";

    static String page(String lang, String title, String text) {
        return "<html lang=\"" + lang + "\"><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + text + "</p></article></body></html>";
    }

    static long ingest(Map<String, String> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/articles").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static JsonPath search(String q) {
        return given().queryParam("q", q).get("/api/articles").then().statusCode(200).extract().jsonPath();
    }

    static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }

    @Test
    void aSiteNamedInTheTextIsFoundHoweverItIsWritten() {
        String site = "zq" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long credited = ingest(Map.of("text", "The harbour reopened on Monday, officials said.\n\nOriginal Source: www."
                + site + "pulse.com", "url", "https://search-test.example/credit-" + site));
        for (String form : List.of(site + "pulse.com", "www." + site + "pulse.com", site + "pulse", site.toUpperCase()
                + "PULSE.COM")) {
            assertThat(ids(search(form))).as(form).containsExactly(credited);
        }
    }

    @Test
    void textWithoutALanguageUsesTheSimpleConfiguration() {
        long plain = ingest(Map.of("text", "Quorvania plain text: the harbours were closed."));
        assertThat(ids(search("Quorvania harbours"))).containsExactly(plain);
        assertThat(ids(search("Quorvania harbour"))).isEmpty(); // no stemming without a language
    }

    @Test
    void wordsAreStemmedInTheArticlesLanguageAndRankedTitleFirst() {
        JsonPath page = search("quorvania elections");
        assertThat(ids(page)).containsExactly(inTitle, inBody); // "election" in the title weighs more
        assertThat(page.getBoolean("totalExact")).isTrue();
        assertThat(page.getLong("total")).isEqualTo(2);
        assertThat(ids(search("Quorvania ballot"))).containsExactly(inBody); // ballots -> ballot
    }

    @Test
    void otherLanguagesUseTheirOwnConfiguration() {
        assertThat(ids(search("Zentralie élection"))).containsExactly(french); // élections -> élect
        assertThat(ids(search("Zentralie électeur"))).containsExactly(french);
    }

    @Test
    void cjkWordsAreFoundInsideRunsWithoutSpaces() {
        // other tests of this application store Japanese pages too: look at this test's page only
        assertThat(ids(searchJapanese("地震"))).containsExactly(japanese);
        assertThat(ids(searchJapanese("気象庁"))).containsExactly(japanese);
        assertThat(ids(searchJapanese("京都"))).containsExactly(japanese); // a substring of 東京都, as a reader would type it
        assertThat(ids(searchJapanese("大阪"))).isEmpty();
    }

    static JsonPath searchJapanese(String q) {
        return given().queryParam("q", q).queryParam("url", JAPANESE_URL).get("/api/articles").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void websearchSyntaxWorks() {
        assertThat(ids(search("\"regional elections\" quorvania"))).containsExactly(inBody);
        assertThat(ids(search("quorvania -ballots"))).containsExactly(inTitle);
        // an excluded word is checked in the article's own language: in French "électeurs" is the stem of the page's word
        assertThat(ids(search("zentralie -électeurs"))).isEmpty();
        assertThat(ids(search("zentralie -ballots"))).containsExactly(french);
        assertThat(ids(search("quorvania or zentralie"))).containsExactlyInAnyOrder(inTitle, inBody, french);
        assertThat(ids(search("!!! ((( ---"))).isEmpty();
    }

    @Test
    void phrasesMatchTheirWordsInOrderInEachLanguage() {
        assertThat(ids(search("\"elections regional\" quorvania"))).isEmpty(); // both words, not in that order
        assertThat(ids(search("\"results announced\""))).containsExactly(inTitle); // a phrase of the title
        assertThat(ids(search("\"the results were announced late\""))).containsExactly(inTitle);
        assertThat(ids(search("\"held on Sunday\" quorvania"))).containsExactly(inBody); // only a stop word between
        assertThat(ids(search("\"élections régionales\" zentralie"))).containsExactly(french);
        assertThat(ids(search("\"ballots twice\" -\"higher than\""))).isEmpty();
        assertThat(ids(search("\"ballots twice\" or \"zentralie ont\""))).containsExactlyInAnyOrder(inBody, french);
    }

    @Test
    void filtersCombineWithWords() {
        given().queryParam("q", "quorvania").queryParam("url", "https://search-test.example/a").get("/api/articles")
                .then().statusCode(200).body("items.id", equalTo(List.of((int) inBody)));
    }

    @Test
    void queriesOverTheirCapsAre400() {
        given().queryParam("q", "ab ".repeat(40)).get("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("q"))
                .body("detail", containsString("over the cap of 32"));
        given().queryParam("q", "x".repeat(501)).get("/api/articles").then().statusCode(400)
                .body("field", equalTo("q")).body("detail", containsString("characters"));
        given().accept("text/html").queryParam("q", "word ".repeat(300)).get("/").then().statusCode(400)
                .contentType(containsString("text/html"));
        long start = System.nanoTime();
        given().queryParam("q", "word ".repeat(32).strip()).get("/api/articles").then().statusCode(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void webSearchShowsHighlightedSnippets() {
        String page = given().accept("text/html").queryParam("q", "quorvania ballots").get("/").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("class=\"snippet\"").contains("<mark>ballots</mark>")
                .contains("<mark>Quorvania</mark>");
    }

    @Test
    void listWithoutWordsIsNewestFirstWithATotal() {
        JsonPath page = given().get("/api/articles?size=2").then().statusCode(200).extract().jsonPath();
        List<Long> ids = ids(page);
        assertThat(ids).hasSize(2);
        assertThat(ids.get(0)).isGreaterThan(ids.get(1));
        assertThat(page.getLong("total")).isGreaterThanOrEqualTo(4);
    }
}
