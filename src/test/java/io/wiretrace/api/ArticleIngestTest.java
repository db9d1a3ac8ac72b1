package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.wiretrace.support.LocalSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleIngestTest {

    static final byte[] PAGE = LocalSite.resource("/pages/harbor-article.html");
    /** The same page after the outlet edited a quote and its modification time: a new revision. */
    static final byte[] PAGE_V2 = new String(PAGE, StandardCharsets.UTF_8)
            .replace("Timetables will be back to normal by Thursday.",
                    "Timetables will be back to normal by Friday, a day later than first planned.")
            .replace("2025-03-18T11:05:00Z", "2025-03-18T15:20:00Z").getBytes(StandardCharsets.UTF_8);
    static LocalSite site;

    @BeforeAll
    static void startSite() {
        site = new LocalSite()
                .page("/news/ferry", "text/html; charset=utf-8", PAGE)
                .redirect("/r1", "/r2")
                .redirect("/r2", "/news/ferry");
    }

    @AfterAll
    static void stopSite() {
        if (site != null) {
            site.close();
        }
    }

    static String unique(String path) {
        return "https://harbor-gazette.example" + path + "?t=" + UUID.randomUUID();
    }

    /** A page stating a publication time after it was received would be ordered after its own copies: not kept. */
    @Test
    void aPageStatingAFutureTimeIsStoredWithoutIt() {
        String future = java.time.Year.now().getValue() + 5 + "-03-18";
        String html = new String(PAGE, StandardCharsets.UTF_8).replace("2025-03-18", future);
        assertThat(html).contains(future);
        given().contentType(ContentType.JSON).body(Map.of("html", html, "url", unique("/news/ferry-from-the-future")))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Ferry service to the outer islands resumes after storm"))
                .body("publishedAt", nullValue());
    }

    @Test
    void ingestsHtmlAndReadsItBack() {
        String url = unique("/news/ferry-service-resumes");
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("html", new String(PAGE, StandardCharsets.UTF_8), "url", url))
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .contentType(ContentType.JSON)
                .body("url", equalTo(url))
                .body("finalUrl", equalTo(url))
                .body("title", equalTo("Ferry service to the outer islands resumes after storm"))
                .body("authors", hasItem("Marta Quill"))
                .body("canonicalUrl", equalTo("https://harbor-gazette.example/news/ferry-service-resumes"))
                .body("language", startsWith("en"))
                .body("publishedAt", startsWith("2025-03-18T09:30"))
                .body("outlet.domain", equalTo("harbor-gazette.example"))
                .body("outlet.kind", equalTo("unknown"))
                .body("bodyText", containsString("212 passengers"))
                .body("bodyText", containsString("\n\n"))
                .body("contentSha256", equalTo(sha256(PAGE)))
                .body("fetch", nullValue())
                .body("revisionOf", nullValue())
                .extract().response();
        long id = created.jsonPath().getLong("id");
        assertThat(created.jsonPath().getString("bodyText")).doesNotContain("Share on Facebook", "About time!", "cookies");

        given().when().get("/api/articles/" + id)
                .then().statusCode(200).body("id", equalTo((int) id)).body("title", startsWith("Ferry service"));
    }

    @Test
    void sameUrlAndContentReturnsTheStoredArticle() {
        String url = unique("/news/idempotent");
        Map<String, String> body = Map.of("html", new String(PAGE, StandardCharsets.UTF_8), "url", url);
        int first = given().contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(200).body("id", equalTo(first));
        given().queryParam("url", url).get("/api/articles").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void changedContentAtTheSameUrlIsANewRevision() {
        String url = unique("/news/revised");
        int first = given().contentType(ContentType.JSON)
                .body(Map.of("html", new String(PAGE, StandardCharsets.UTF_8), "url", url))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("html", new String(PAGE_V2, StandardCharsets.UTF_8), "url", url))
                .post("/api/articles").then().statusCode(201)
                .body("revisionOf", equalTo(first))
                .body("bodyText", containsString("by Friday"));
        given().queryParam("url", url).get("/api/articles").then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].revisionOf", equalTo(first));
    }

    @Test
    void fetchesAPageAndRecordsItsProvenance() {
        String url = site.url("/r1");
        Response response = given().contentType(ContentType.JSON).body(Map.of("url", url))
                .post("/api/articles").then().statusCode(201)
                .body("url", equalTo(url))
                .body("finalUrl", equalTo(site.url("/news/ferry")))
                .body("fetch.requestedUrl", equalTo(url))
                .body("fetch.redirects", hasSize(2))
                .body("fetch.redirects[0].status", equalTo(302))
                .body("fetch.redirects[1].to", equalTo(site.url("/news/ferry")))
                .body("fetch.status", equalTo(200))
                .body("fetch.headers.ETag", equalTo("\"v1\""))
                .body("fetch.headers.Last-Modified", notNullValue())
                .body("fetch.headers.Content-Type", startsWith("text/html"))
                .body("fetch.fetchedAt", notNullValue())
                .body("contentSha256", equalTo(sha256(PAGE)))
                .body("title", equalTo("Ferry service to the outer islands resumes after storm"))
                .extract().response();
        long id = response.jsonPath().getLong("id");
        byte[] snapshot = given().get("/api/articles/" + id + "/snapshot")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", startsWith("sandbox;"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        assertThat(snapshot).isEqualTo(PAGE);
    }

    @Test
    void textArticlesKeepTheirHints() {
        String text = "Harbor council approves new ferry pier\n\nThe council voted 7 to 2 on Monday to build a second ferry pier "
                + "at the north harbour, " + UUID.randomUUID() + ".\n\nConstruction is due to start in June.";
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "outlet", "harbor-gazette.example", "title", "Council approves pier",
                        "publishedAt", "2025-04-02"))
                .post("/api/articles").then().statusCode(201)
                .body("inputKind", equalTo("text"))
                .body("title", equalTo("Council approves pier"))
                .body("publishedAt", startsWith("2025-04-02T00:00"))
                .body("outlet.domain", equalTo("harbor-gazette.example"))
                .body("bodyText", containsString("voted 7 to 2"))
                .extract().path("id");
        given().get("/api/articles/" + id + "/snapshot").then().statusCode(200)
                .contentType(startsWith("text/plain")).body(equalTo(text));
    }

    @Test
    void oneTextPostedForTwoOutletsOrTitlesIsTwoArticlesAndTheSameOneAgainIsTheStoredOne() {
        String text = "Ferry fares rise in April\n\nThe harbour board said on Friday that single fares would rise by "
                + "ten percent from April, " + UUID.randomUUID() + ".\n\nSeason tickets are not affected.";
        Map<String, Object> first = Map.of("text", text, "outlet", "Harbor Gazette", "title", "Fares rise",
                "publishedAt", "2025-03-01");
        int id = given().contentType(ContentType.JSON).body(first).post("/api/articles").then().statusCode(201)
                .extract().path("id");
        // the same text with the same metadata: the stored article, nothing new
        given().contentType(ContentType.JSON).body(first).post("/api/articles").then().statusCode(200)
                .body("id", equalTo(id));
        // another outlet ran it: a second article, with what the client said about it
        int other = given().contentType(ContentType.JSON).body(Map.of("text", text, "outlet", "Bay Courier",
                        "title", "Fares rise", "publishedAt", "2025-03-02"))
                .post("/api/articles").then().statusCode(201)
                .body("outlet.name", equalTo("Bay Courier"))
                .body("publishedAt", startsWith("2025-03-02"))
                .extract().path("id");
        assertThat(other).isNotEqualTo(id);
        // another title for the same text and outlet is a third
        given().contentType(ContentType.JSON).body(Map.of("text", text, "outlet", "Harbor Gazette",
                        "title", "Single fares up ten percent", "publishedAt", "2025-03-01"))
                .post("/api/articles").then().statusCode(201)
                .body("title", equalTo("Single fares up ten percent"));
    }

    @Test
    void outletsNamedWithoutLatinLettersAreTwoOutletsNotOne() {
        // both names slugged to the key "outlet": the second text was filed under the first one's outlet
        String tag = UUID.randomUUID().toString();
        String first = "Ηλιούπολη Σήμερα";
        String second = "Синяя газета";
        String a = given().contentType(ContentType.JSON).body(Map.of("text", "The pier reopened on Monday, " + tag, "outlet", first))
                .post("/api/articles").then().statusCode(201).body("outlet.name", equalTo(first)).extract().path("outlet.key");
        String b = given().contentType(ContentType.JSON).body(Map.of("text", "The pier closed again on Tuesday, " + tag, "outlet", second))
                .post("/api/articles").then().statusCode(201).body("outlet.name", equalTo(second)).extract().path("outlet.key");
        assertThat(a).isNotEqualTo(b).startsWith("outlet-");
        given().get("/api/outlets/" + b).then().statusCode(200).body("name", equalTo(second));
    }

    @Test
    void anOutletThatCannotHavePublishedAtTheUrlIsRefusedNotDropped() {
        String text = "Storm closes the coast road\n\nThe coast road was closed on Sunday after a storm brought down "
                + "trees near the harbour, " + UUID.randomUUID() + ".\n\nIt is expected to reopen on Monday.";
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "url", "https://www.ndtv.com/world/storm-" + UUID.randomUUID(), "outlet", "AFP"))
                .post("/api/articles").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("registered outlet afp"))
                .body("detail", containsString("ndtv.com"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "url", "https://copycat.example/storm-" + UUID.randomUUID(),
                        "outlet", "www.valmere-times.example"))
                .post("/api/articles").then().statusCode(400)
                .body("detail", containsString("another site"));
        // a name that shares no word with the outlet already at the url's site is another outlet, not this one
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "url", "https://www.bbc.co.uk/news/world-" + UUID.randomUUID(), "outlet", "Some Blog"))
                .post("/api/articles").then().statusCode(400).body("field", equalTo("outlet"))
                .body("detail", containsString("is not BBC"));
        String site = "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        given().contentType(ContentType.JSON).body(Map.of("text", text, "url", "https://" + site + "/a", "outlet",
                "Quayside Ledger")).post("/api/articles").then().statusCode(201).body("outlet.name", equalTo("Quayside Ledger"));
        given().contentType(ContentType.JSON).body(Map.of("text", text + " Again.", "url", "https://" + site + "/b",
                "outlet", "Completely Different Paper")).post("/api/articles").then().statusCode(400)
                .body("detail", containsString("is not Quayside Ledger"));
        given().contentType(ContentType.JSON).body(Map.of("text", text + " Once more.", "url", "https://" + site + "/c",
                "outlet", "The Quayside Ledger")).post("/api/articles").then().statusCode(201);
    }

    @Test
    void aTextGetsTheLanguageItsWordsShowSoItsSearchWordsAreStemmed() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String text = "Harbour ferries\n\nThe ferries were running again on Monday after the strike, and the harbour "
                + "board said that the timetables would be back to normal by the end of the week " + marker + ".";
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/articles").then().statusCode(201)
                .body("language", equalTo("en"));
        // "ferry" finds "ferries" only when the text was stemmed as English
        given().queryParam("q", "ferry " + marker).get("/api/articles").then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void concurrentIngestsOfOneUrlStoreOneArticle() throws Exception {
        String url = unique("/news/concurrent");
        Map<String, String> body = Map.of("html", new String(PAGE, StandardCharsets.UTF_8), "url", url);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = java.util.stream.IntStream.range(0, 6)
                    .<Callable<Integer>>mapToObj(i -> () -> given().contentType(ContentType.JSON).body(body)
                            .post("/api/articles").then().extract().path("id"))
                    .toList();
            List<Integer> ids = pool.invokeAll(calls).stream().map(ArticleIngestTest::get).toList();
            assertThat(ids).doesNotContainNull().containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        given().queryParam("url", url).get("/api/articles").then().body("total", equalTo(1));
    }

    @Test
    void listsNewestFirstWithFiltersAndPaging() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("text", "Story number " + i + " about " + word + ".\n\nIt has a second paragraph.",
                            "outlet", "listtest.example"))
                    .post("/api/articles").then().statusCode(201);
        }
        given().queryParam("q", word).queryParam("size", 2).get("/api/articles").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(2)).body("size", equalTo(2));
        given().queryParam("q", word).queryParam("page", 1).queryParam("size", 2).get("/api/articles")
                .then().body("items", hasSize(1));
        given().queryParam("outlet", "listtest.example").queryParam("q", word).get("/api/articles")
                .then().body("total", equalTo(3)).body("items[0].outlet.key", equalTo("listtest.example"));

        // a registered outlet is found by its key, its name or its domain alike
        given().contentType(ContentType.JSON).body(Map.of("text", "Wire story on " + word + ".\n\nMore text follows.",
                "outlet", "NDTV")).post("/api/articles").then().statusCode(201);
        for (String outlet : new String[] {"ndtv", "NDTV", "ndtv.com"}) {
            given().queryParam("outlet", outlet).queryParam("q", word).get("/api/articles")
                    .then().body("total", equalTo(1)).body("items[0].outlet.key", equalTo("ndtv"));
        }
        // a filter that can match nothing says why instead of answering an empty page
        given().queryParam("outlet", "no-such-outlet-" + word).get("/api/articles").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("no known outlet"));
        given().queryParam("url", "notaurl").get("/api/articles").then().statusCode(400)
                .body("detail", containsString("not an http(s) URL"));
    }

    private static Integer get(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
