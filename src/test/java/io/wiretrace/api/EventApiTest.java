package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wiretrace.app.SourceAlertRaised;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code GET /api/events} filters, paging and errors; the Atom feeds, global and per outlet. */
@QuarkusTest
class EventApiTest {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    @Inject
    Event<SourceAlertRaised> alerts;

    @Inject
    EntityManager em;

    String outlet() {
        String key = "ev" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("key", key, "name", "Events " + key, "kind", "newsroom",
                "domains", List.of(key + ".example"))).post("/api/outlets").then().statusCode(201);
        return key;
    }

    /** A source of the outlet turning unhealthy at {@code at}. */
    void alert(String outletKey, String reason, Instant at) {
        String url = "https://" + outletKey + ".example/rss-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] row = (Object[]) em.createNativeQuery("INSERT INTO source (url, url_key, kind, outlet_id) SELECT :u, "
                    + ":u, 'rss', id FROM outlet WHERE outlet_key = :k RETURNING id, outlet_id")
                    .setParameter("u", url).setParameter("k", outletKey).getSingleResult();
            alerts.fire(new SourceAlertRaised(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), url, reason, at));
            // the same alert again (a retried poll) is one event
            alerts.fire(new SourceAlertRaised(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), url, reason, at));
        });
    }

    @Test
    void eventsAreFilteredByTypeOutletAndTimeAndPaged() {
        String a = outlet();
        String b = outlet();
        Instant started = Instant.now().minusSeconds(1);
        alert(a, "silent for 3 days", Instant.now());
        alert(a, "5 failed polls", Instant.now().plusMillis(5));
        alert(b, "robots.txt disallows the feed", Instant.now());

        JsonPath ofA = given().queryParam("outlet", a).get("/api/events").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
        assertThat(ofA.getList("items.summary", String.class)).hasSize(2)
                .allMatch(s -> s.contains("unhealthy")).anyMatch(s -> s.contains("5 failed polls"));
        assertThat(ofA.getInt("total")).isEqualTo(2);
        assertThat(ofA.getList("items.type", String.class)).containsOnly("source_unhealthy");
        assertThat(ofA.getList("items.id", Long.class)).isSortedAccordingTo((x, y) -> Long.compare(y, x));
        // the outlet may be given by name or domain too
        assertThat(given().queryParam("outlet", a + ".example").get("/api/events").then().extract().jsonPath()
                .getInt("total")).isEqualTo(2);

        JsonPath page = given().queryParam("outlet", a).queryParam("size", 1).queryParam("page", 1).get("/api/events")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items")).hasSize(1);
        assertThat(page.getInt("page")).isEqualTo(1);
        assertThat(page.getLong("items[0].id")).isEqualTo(ofA.getLong("items[1].id"));

        given().queryParam("outlet", b).queryParam("type", "uncredited_copy").get("/api/events").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("outlet", b).queryParam("since", started.toString()).get("/api/events").then()
                .statusCode(200).body("total", equalTo(1));
        given().queryParam("outlet", b).queryParam("since", Instant.now().plusSeconds(3600).toString())
                .get("/api/events").then().statusCode(200).body("total", equalTo(0));
        long id = ofA.getLong("items[0].id");
        given().get("/api/events/" + id).then().statusCode(200).body("outlet", equalTo(a))
                .body("evidence[0].role", equalTo("alert"));
    }

    @Test
    void anAlertFiredOutsideATransactionIsRecordedInOneOfItsOwn() {
        String key = outlet();
        String url = "https://" + key + ".example/sitemap.xml";
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("INSERT INTO source "
                + "(url, url_key, kind, outlet_id) SELECT :u, :u, 'sitemap', id FROM outlet WHERE outlet_key = :k "
                + "RETURNING id, outlet_id").setParameter("u", url).setParameter("k", key).getSingleResult());
        alerts.fire(new SourceAlertRaised(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), url,
                "3 failed polls", Instant.now()));
        given().queryParam("outlet", key).get("/api/events").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].sourceId", equalTo(((Number) row[0]).intValue()));
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        problem(given().queryParam("type", "everything").get("/api/events"), 400, "type").body("detail",
                containsString("everything"));
        problem(given().queryParam("since", "yesterday").get("/api/events"), 400, "since");
        problem(given().queryParam("page", "-1").get("/api/events"), 400, "page");
        problem(given().queryParam("size", "1000").get("/api/events"), 400, "size");
        problem(given().queryParam("outlet", "a\u0000b").get("/api/events"), 400, "outlet");
        // an outlet nobody knows matches nothing: said, not answered with an empty page (as on articles and sources)
        problem(given().queryParam("outlet", "no-such-outlet-" + UUID.randomUUID()).get("/api/events"), 400, "outlet");
        problem(given().queryParam("outlet", "no-such-outlet-" + UUID.randomUUID()).get("/api/sources"), 400, "outlet");
        problem(given().get("/api/events/x"), 400, "id");
        given().get("/api/events/999999999").then().statusCode(404).contentType("application/problem+json");
        problem(given().queryParam("type", "nope").get("/api/events/feed"), 400, "type");
    }

    @Test
    void theAtomFeedsAreWellFormedAtomGlobalAndPerOutlet() throws Exception {
        String a = outlet();
        String b = outlet();
        alert(a, "feed answers 503", Instant.now());
        alert(b, "feed answers 404", Instant.now());

        String global = given().get("/api/events/feed").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asString();
        Document all = parse(global);
        assertThat(all.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(all.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM_NS);
        assertThat(titles(all)).anyMatch(t -> t.contains("feed answers 503")).anyMatch(t -> t.contains("feed answers 404"));

        Document ofA = parse(given().queryParam("outlet", a).get("/api/events/feed").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asString());
        List<String> titles = titles(ofA);
        assertThat(titles).hasSize(1).allMatch(t -> t.startsWith("source_unhealthy: ") && t.contains("feed answers 503"));
        NodeList entries = ofA.getElementsByTagNameNS(ATOM_NS, "entry");
        Element entry = (Element) entries.item(0);
        assertThat(entry.getElementsByTagNameNS(ATOM_NS, "id").item(0).getTextContent()).startsWith("urn:wiretrace:event:");
        assertThat(entry.getElementsByTagNameNS(ATOM_NS, "updated").getLength()).isEqualTo(1);
        assertThat(((Element) entry.getElementsByTagNameNS(ATOM_NS, "link").item(0)).getAttribute("href"))
                .matches("http://[^/]+/events/\\d+");
        assertThat(ofA.getDocumentElement().getElementsByTagNameNS(ATOM_NS, "title").item(0).getTextContent())
                .contains(a);
        // the feed's page of the same events keeps its filters
        Document typed = parse(given().queryParam("outlet", a).queryParam("type", "source_unhealthy")
                .get("/api/events/feed").then().statusCode(200).extract().asString());
        NodeList links = typed.getDocumentElement().getElementsByTagNameNS(ATOM_NS, "link");
        List<String> alternates = new java.util.ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getParentNode() == typed.getDocumentElement() && "alternate".equals(link.getAttribute("rel"))) {
                alternates.add(link.getAttribute("href"));
            }
        }
        assertThat(alternates).singleElement().asString().endsWith("/events?outlet=" + a + "&type=source_unhealthy");
    }

    static List<String> titles(Document feed) {
        NodeList entries = feed.getElementsByTagNameNS(ATOM_NS, "entry");
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            out.add(((Element) entries.item(i)).getElementsByTagNameNS(ATOM_NS, "title").item(0).getTextContent());
        }
        return out;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static io.restassured.response.ValidatableResponse problem(io.restassured.response.Response r, int status,
                                                               String field) {
        return r.then().statusCode(status).contentType("application/problem+json").body("field", equalTo(field));
    }
}
