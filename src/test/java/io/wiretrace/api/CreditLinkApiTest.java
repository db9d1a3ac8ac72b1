package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A credit written as a link reaches the stored article it links to, whatever form the link's URL takes (issue 15's
 * Valmere Times case), and a stored article is found and deduplicated from any form of its URL.
 */
@QuarkusTest
class CreditLinkApiTest {

    @Inject
    DataSource dataSource;

    private static final String ORIGINAL = """
            <html><head><title>Dock strike ends after nine days</title>
            <meta property="og:site_name" content="Valmere Times"></head><body><article>
            <h1>Dock strike ends after nine days</h1>
            <p>The dock workers of Valmere voted on Tuesday evening to end a strike that had kept cargo ships waiting in
            the bay for nine days, after the port authority agreed to a pay rise of four per cent and new night shifts.</p>
            <p>Union leaders said the vote passed by a wide margin in the harbour hall, and the first cranes were
            expected to move again at dawn on Wednesday. Shipping agents warned that clearing the backlog of containers
            would take at least two weeks. %s</p>
            </article></body></html>""";

    private static final String COPY = """
            <html><head><title>Valmere port back to work</title>
            <meta property="og:site_name" content="Coastline Digest"></head><body><article>
            <h1>Valmere port back to work</h1>
            <p>Cranes in Valmere are set to turn again: harbour staff have called off their stoppage in exchange for
            higher wages and extra evening rotas, ending more than a week of idle berths and queuing freighters.</p>
            <p>Freight firms expect a fortnight of delays before the quays are clear. %s</p>
            <p>Originally published on <a href="%s">Valmere Times</a>.</p>
            </article></body></html>""";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "http://www.valmeretimes.example/news/%s/",
        "https://m.valmeretimes.example/news/%s/amp?utm_source=copy&utm_medium=web",
        "https://valmeretimes.example/news/%s#top",
        "https://web.archive.org/web/20190315081502/https://www.valmeretimes.example/news/%s/",
    })
    void theCopysChainReachesTheStoredArticleThroughTheLink(String linkForm) {
        String slug = "strike-ends-" + UUID.randomUUID();
        String tag = "Ref " + UUID.randomUUID() + ".";
        int original = ingestHtml(ORIGINAL.formatted(tag), "https://valmeretimes.example/news/" + slug);
        String link = linkForm.formatted(slug);
        int copy = ingestHtml(COPY.formatted(tag, link), "https://coastline.example/valmere-" + slug);

        JsonPath credits = given().get("/api/articles/" + copy + "/attributions").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> linked = credits.<Map<String, Object>>getList("$")
                .stream().filter(a -> link.equals(((Map<?, ?>) a.get("target")).get("url"))).toList();
        assertThat(linked).as("a credit carrying the link").isNotEmpty();
        Map<?, ?> target = (Map<?, ?>) linked.get(0).get("target");
        assertThat(target.get("domain")).isEqualTo("valmeretimes.example");
        assertThat(target.get("name")).isEqualTo("Valmere Times");

        JsonPath chain = given().get("/api/articles/" + copy + "/provenance").then().statusCode(200).extract().jsonPath();
        assertThat(chain.getString("best.hops[0].node.id")).isEqualTo("article:" + original);
        assertThat(chain.getString("best.hops[0].edge.kind")).isEqualTo("CREDITED");
        assertThat(chain.getString("best.hops[0].edge.evidence[0].text")).contains("Valmere Times");
    }

    @Test
    void aStoredArticleIsFoundAndDeduplicatedFromAnyFormOfItsUrl() {
        String slug = "harbour-" + UUID.randomUUID();
        String html = ORIGINAL.formatted("Ref " + UUID.randomUUID() + ".");
        int id = ingestHtml(html, "https://valmeretimes.example/news/" + slug);
        for (String form : List.of("http://www.valmeretimes.example/news/" + slug + "/",
                "https://amp.valmeretimes.example/news/" + slug + "?fbclid=abc",
                "https://VALMERETIMES.example:443/news/" + slug + "/amp#x")) {
            given().get("/api/articles?url={u}", form).then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].id", equalTo(id));
            // the same content at another form of the URL is the stored article, not a new one
            given().contentType(ContentType.JSON).body(Map.of("html", html, "url", form)).post("/api/articles")
                    .then().statusCode(200).body("id", equalTo(id));
        }
        // the URL as received is kept
        given().get("/api/articles/" + id).then().body("url", equalTo("https://valmeretimes.example/news/" + slug));
    }

    @Test
    void aCanonicalLinkToAStoredArticleNamesItsPageAndTheChainReachesIt() {
        String slug = "berths-" + UUID.randomUUID();
        String page = """
                <html><head><title>Night ferries return to the islands</title>%s</head><body><article>
                <h1>Night ferries return to the islands</h1>
                <p>The night ferries between Valmere and the outer islands resumed on Friday after a winter without
                them, the harbour master said, with two crossings a week until the summer timetable begins in June.</p>
                <p>Islanders had petitioned the council since November, and shopkeepers said the late boats would let
                them restock before the weekend markets. Ref %s.</p></article></body></html>""";
        String originalUrl = "https://valmeretimes.example/news/" + slug;
        int original = ingestHtml(page.formatted("", slug), originalUrl);
        String canonical = "http://www.valmeretimes.example/news/" + slug + "/";
        int copy = ingestHtml(page.formatted("<link rel=\"canonical\" href=\"" + canonical + "\">", slug),
                "https://coastline.example/syndicated/" + slug);
        JsonPath credits = given().get("/api/articles/" + copy + "/attributions").then().statusCode(200).extract().jsonPath();
        assertThat(credits.getString("find { it.kind == 'canonical_cross_domain' }.target.url")).isEqualTo(canonical);
        JsonPath chain = given().get("/api/articles/" + copy + "/provenance").then().statusCode(200).extract().jsonPath();
        assertThat(chain.getString("best.hops[0].node.id")).isEqualTo("article:" + original);
        assertThat(chain.getString("best.hops[0].edge.kind")).isEqualTo("CANONICAL");
    }

    @Test
    void aWebArchiveCaptureIsTheArchivedPageSeenWhenItWasCaptured() {
        String slug = "quay-" + UUID.randomUUID();
        String html = ORIGINAL.formatted("Ref " + UUID.randomUUID() + ".");
        String capture = "https://web.archive.org/web/20190315081502/https://www.valmeretimes.example/news/" + slug;
        int id = ingestHtml(html, capture);
        given().get("/api/articles/" + id).then().statusCode(200).body("url", equalTo(capture))
                .body("outlet.domain", equalTo("valmeretimes.example")).body("createdAt", equalTo("2019-03-15T08:15:02Z"));
        String live = "https://valmeretimes.example/news/" + slug;
        given().get("/api/articles?url={u}", live).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        given().contentType(ContentType.JSON).body(Map.of("html", html, "url", live)).post("/api/articles")
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void anOutletMetAsABareUrlTakesTheSiteNameItsOwnPageStates() {
        String host = "tidewater-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String page = "https://" + host + "/news/dredging";
        String tag = "Ref " + UUID.randomUUID() + ".";
        int copy = ingestHtml(COPY.formatted(tag, page).replace("<p>Originally published on <a href=\"" + page
                + "\">Valmere Times</a>.</p>", "<p>Original Source: <a href=\"" + page + "\">" + host + "</a></p>"),
                "https://coastline.example/" + UUID.randomUUID());
        String key = given().get("/api/articles/" + copy + "/attributions").then().extract()
                .path("find { it.target.domain == '" + host + "' }.target.key");
        assertThat(key).as("the credit's outlet").isNotNull();
        given().get("/api/outlets/" + key).then().statusCode(200).body("name", equalTo(host)).body("kind", equalTo("unknown"));
        ingestHtml(ORIGINAL.formatted(tag).replace("Valmere Times", "Tidewater Gazette"), page);
        given().get("/api/outlets/" + key).then().statusCode(200).body("name", equalTo("Tidewater Gazette"));
    }

    @Test
    void theServiceRanTheJavaMigrationThatRecomputesKeys() throws Exception {
        try (var c = dataSource.getConnection(); var q = c.prepareStatement(
                "SELECT string_agg(version || ' ' || type || ' ' || success, ', ') FROM flyway_schema_history");
             var rs = q.executeQuery()) {
            rs.next();
            assertThat(rs.getString(1)).contains("41 JDBC true");
        }
    }

    private static int ingestHtml(String html, String url) {
        return Matching.awaitMatched(given().contentType(ContentType.JSON).body(Map.of("html", html, "url", url))
                .post("/api/articles").then().statusCode(201).extract().path("id"));
    }
}
