package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wiretrace.app.MatchReuse;
import io.wiretrace.store.RecheckStore;
import io.wiretrace.url.UrlIdentity;
import io.wiretrace.watch.FeedItem;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code uncredited_copy} and {@code credited_source_arrived} raised from ingests and reuse matching. Its stories are
 * dated August 2025, after those of the provenance tests that store the same fixture texts in the same database, so
 * that those tests' copies never take these articles as their earlier source.
 */
@QuarkusTest
class CopyEventsTest {

    @Inject
    EntityManager em;

    @Inject
    MatchReuse reuse;

    @Inject
    RecheckStore discoveries;

    /** A new outlet on its own domain; watched when {@code watched} (a row in source, as the sources API would add). */
    String outlet(String name, boolean watched) {
        String key = "t" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("key", key, "name", name + " " + key, "kind", "newsroom",
                "domains", List.of(key + ".example"))).post("/api/outlets").then().statusCode(201);
        if (watched) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO source (url, url_key, kind, "
                    + "outlet_id) SELECT :url, :url, 'rss', id FROM outlet WHERE outlet_key = :key")
                    .setParameter("url", "https://" + key + ".example/feed.xml").setParameter("key", key).executeUpdate());
        }
        return key;
    }

    static int ingest(String text, String url, String publishedAt) {
        return Matching.awaitMatched(given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "url", url, "publishedAt", publishedAt))
                .post("/api/articles").then().statusCode(201).extract().path("id"));
    }

    static JsonPath events(String type, String outlet) {
        return given().queryParam("type", type).queryParam("outlet", outlet).queryParam("size", 100).get("/api/events")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anUncreditedCopyOfAWatchedOutletsArticleRaisesAnEventAndACreditingCopyDoesNot() {
        String wire = outlet("Wire Test", true);
        String valley = outlet("Valley Test", false);
        String tag = "\n\nCase " + UUID.randomUUID() + ".";
        String originalUrl = "https://" + wire + ".example/dam";
        int original = ingest(ReuseApiTest.text("dam-report.txt") + tag, originalUrl, "2025-08-07T09:00:00Z");
        int copy = ingest(ReuseApiTest.text("dam-report-copy.txt") + tag, "https://" + valley + ".example/dam",
                "2025-08-08T12:00:00Z");
        int credited = ingest(ReuseApiTest.text("dam-report-copy.txt") + tag + "\n\nOriginal Source: " + originalUrl,
                "https://" + valley + ".example/dam-credited", "2025-08-08T13:00:00Z");

        JsonPath found = events("uncredited_copy", wire);
        List<Map<String, Object>> items = found.getList("items");
        assertThat(items).as("uncredited copies of %s", wire).hasSize(1);
        Map<String, Object> event = items.get(0);
        assertThat(event).containsEntry("articleId", copy).containsEntry("relatedArticleId", original)
                .containsEntry("outlet", wire).containsEntry("relatedOutlet", valley);
        assertThat(((Number) event.get("confidence")).doubleValue()).isBetween(0.5, 1.0);
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) event.get("evidence");
        assertThat(evidence).extracting(e -> e.get("role")).contains("copied_passage", "original_passage", "credits_given");
        Map<String, Object> copied = evidence.get(0);
        String copyBody = given().get("/api/articles/" + copy).then().extract().path("bodyText");
        assertThat(copyBody.substring((Integer) copied.get("start"), (Integer) copied.get("end")))
                .isEqualTo(copied.get("text"));
        assertThat((Map<String, Object>) event.get("links")).containsEntry("alignment",
                "/api/articles/" + copy + "/reuse/" + original);
        given().get((String) ((Map<String, Object>) event.get("links")).get("alignment")).then().statusCode(200);
        assertThat(items).extracting(e -> e.get("articleId")).doesNotContain(credited);
        // the copy's outlet is not watched: nothing is raised about it as an original
        assertThat(events("uncredited_copy", valley).getList("items.findAll { it.outlet == '" + valley + "' }")).isEmpty();

        // matching the copy again (as a retried job would) saves its matches again and records nothing twice
        assertThat(reuse.rematch(copy)).isTrue();
        assertThat(events("uncredited_copy", wire).getList("items")).hasSize(1);
    }

    @Test
    void anArticleASourceBroughtIsWatchedThoughTheSourceIsFiledUnderAnotherOutlet() {
        // a feed on another host (or filed under another outlet) brings the wire's article: the wire is watched
        String feedOwner = outlet("Feed Owner Test", true);
        String wire = outlet("Fed Wire Test", false);
        String valley = outlet("Fed Valley Test", false);
        String story = uniqueStory(); // shares no passage with the other tests' fixture texts
        String originalUrl = "https://" + wire + ".example/fed";
        int original = ingest(story, originalUrl, "2025-08-09T09:00:00Z");
        long source = ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT s.id FROM source s JOIN outlet o ON o.id = s.outlet_id WHERE o.outlet_key = :key")
                .setParameter("key", feedOwner).getSingleResult())).longValue();
        QuarkusTransaction.requiringNew().run(() -> discoveries.discovered(UrlIdentity.of(originalUrl).key(), source,
                original, new FeedItem(originalUrl, "guid-" + original, "Dam", null, null)));

        int copy = ingest(story, "https://" + valley + ".example/fed", "2025-08-10T12:00:00Z");

        assertThat(events("uncredited_copy", wire).getList("items.findAll { it.articleId == " + copy + " }"))
                .as("the copy of an article a source brought").hasSize(1);
        given().get("/api/outlets/" + wire + "/sources").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem((int) source));
    }

    /** Forty sentences of this run's own words: a story no other test's text shares a passage with. */
    private static String uniqueStory() {
        java.util.Random random = new java.util.Random();
        StringBuilder story = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            story.append(i % 8 == 0 && i > 0 ? "\n\n" : " ").append("The inspector from district ")
                    .append(Integer.toString(random.nextInt(1 << 30), 36)).append(" said the ")
                    .append(Integer.toString(random.nextInt(1 << 30), 36)).append(" report counted ")
                    .append(random.nextInt(10_000)).append(" cases near ")
                    .append(Integer.toString(random.nextInt(1 << 30), 36)).append(".");
        }
        return story.toString().strip();
    }

    @Test
    void twoCopiesOfAnEarlierSourceAreNotCopiesOfEachOther() {
        String wire = outlet("Source Test", false);
        String first = outlet("First Client Test", true);
        String second = outlet("Second Client Test", false);
        String tag = "\n\nCase " + UUID.randomUUID() + ".";
        String story = ReuseApiTest.text("dam-report.txt") + tag;
        int source = ingest(story, "https://" + wire + ".example/dam", "2025-08-05T08:00:00Z");
        int firstCopy = ingest(story, "https://" + first + ".example/dam", "2025-08-05T10:00:00Z");
        int secondCopy = ingest(story, "https://" + second + ".example/dam", "2025-08-05T11:00:00Z");

        JsonPath listed = given().get("/api/articles/" + secondCopy + "/reuse").then().statusCode(200).extract().jsonPath();
        Map<String, Object> fromSource = listed.getMap("find { it.other.id == " + source + " }.dependence");
        assertThat(fromSource.get("derived")).isEqualTo("this");
        Map<String, Object> sibling = listed.getMap("find { it.other.id == " + firstCopy + " }.dependence");
        assertThat(sibling.get("derived")).as("neither copy is named the other's source").isNull();
        assertThat(sibling.get("commonSource")).isEqualTo(source);
        assertThat((List<String>) sibling.get("reasons")).anyMatch(r -> r.contains("both draw on article " + source));
        // the watched first client is not told that the second client copied it
        assertThat(events("uncredited_copy", first).getList("items.findAll { it.articleId == " + secondCopy + " }"))
                .isEmpty();
        // the pair is stored once: matching the first copy again judges it the same from its side
        assertThat(reuse.rematch(firstCopy)).isTrue();
        Map<String, Object> again = given().get("/api/articles/" + secondCopy + "/reuse").then().statusCode(200)
                .extract().jsonPath().getMap("find { it.other.id == " + firstCopy + " }.dependence");
        assertThat(again.get("derived")).isNull();
        assertThat(again.get("commonSource")).isEqualTo(source);
    }

    @Test
    void anUncreditedCopyOfAnOutletThatAWatchedOutletCreditsRaisesAnEventToo() {
        String watched = outlet("Watched Test", true);
        String partner = outlet("Partner Test", false);
        String copier = outlet("Copier Test", false);
        String tag = "\n\nCase " + UUID.randomUUID() + ".";
        String partnerUrl = "https://" + partner + ".example/council";
        // the watched outlet credits the partner, so the partner's work reaches the watched outlet's readers
        int crediting = ingest(ReuseApiTest.text("bakery-feature.txt") + tag + "\n\nOriginal Source: " + partnerUrl,
                "https://" + watched + ".example/bakery", "2025-08-06T09:00:00Z");
        assertThat(given().get("/api/articles/" + crediting + "/attributions").then().extract().jsonPath()
                .getList("target.key", String.class)).contains(partner);
        int original = ingest(ReuseApiTest.text("council-budget.txt") + tag, partnerUrl, "2025-08-07T09:00:00Z");
        int copy = ingest(ReuseApiTest.text("council-budget-copy.txt") + tag, "https://" + copier + ".example/council",
                "2025-08-08T09:00:00Z");

        List<Map<String, Object>> items = events("uncredited_copy", partner).getList("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0)).containsEntry("articleId", copy).containsEntry("relatedArticleId", original)
                .containsEntry("outlet", partner);
        // an outlet nobody watches or credits raises nothing: the copier's work copied by no one, and no event of it
        assertThat(events("uncredited_copy", copier).getList("items.findAll { it.outlet == '" + copier + "' }")).isEmpty();
    }

    @Test
    void thePageAStoredCreditPointsToArrivingRaisesCreditedSourceArrived() {
        String site = outlet("Arrival Test", false);
        String creditedUrl = "https://" + site + ".example/story-" + UUID.randomUUID();
        String tag = "\n\nCase " + UUID.randomUUID() + ".";
        int crediting = ingest(ReuseApiTest.text("museum-theft-copy.txt") + tag + "\n\nOriginal Source: " + creditedUrl,
                "https://blog-" + UUID.randomUUID() + ".example/post", "2025-08-08T12:00:00Z");
        JsonPath credits = given().get("/api/articles/" + crediting + "/attributions").then().extract().jsonPath();
        assertThat(credits.getList("target.mention", String.class)).as(credits.prettify()).contains(creditedUrl);

        int arrived = ingest(ReuseApiTest.text("bakery-feature.txt") + tag, creditedUrl + "?utm_source=x",
                "2025-08-07T12:00:00Z");

        List<Map<String, Object>> items = events("credited_source_arrived", site).getList("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0)).containsEntry("articleId", arrived).containsEntry("relatedArticleId", crediting);
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) items.get(0).get("evidence");
        assertThat(evidence.get(0)).containsEntry("role", "credit").containsEntry("articleId", crediting);
        assertThat((String) evidence.get(0).get("text")).contains("Original Source");
    }
}
