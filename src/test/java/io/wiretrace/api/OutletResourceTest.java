package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutletResourceTest {

    static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> outlet(String key, String domain) {
        return Map.of("key", key, "name", "Gazette " + key, "kind", "newsroom",
                "aliases", List.of("The " + key + " Gazette"), "domains", List.of(domain));
    }

    @Test
    void createsReadsAndEditsAnOutlet() {
        String t = token();
        String key = "gazette-" + t;
        given().contentType(ContentType.JSON).body(outlet(key, "WWW.Gazette-" + t + ".example"))
                .post("/api/outlets").then().statusCode(201)
                .header("Location", containsString("/api/outlets/" + key))
                .body("key", equalTo(key)).body("domain", equalTo("gazette-" + t + ".example"))
                .body("kind", equalTo("newsroom"));
        given().get("/api/outlets/" + key).then().statusCode(200).body("aliases", hasItem("The " + key + " Gazette"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Renamed", "kind", "aggregator", "domains", List.of("other-" + t + ".example")))
                .put("/api/outlets/" + key).then().statusCode(200)
                .body("name", equalTo("Renamed")).body("kind", equalTo("aggregator"))
                .body("domains", equalTo(List.of("other-" + t + ".example")));
        given().get("/api/outlets").then().statusCode(200).body("key", hasItem(key));
    }

    @Test
    void aSingleDomainFieldIsAccepted() {
        String t = token();
        given().contentType(ContentType.JSON).body(Map.of("key", "single-" + t, "name", "Single", "domain", "single-" + t + ".example"))
                .post("/api/outlets").then().statusCode(201).body("domains", equalTo(List.of("single-" + t + ".example")));
    }

    @Test
    void duplicateKeyOrDomainIs409() {
        String t = token();
        given().contentType(ContentType.JSON).body(outlet("dup-" + t, "dup-" + t + ".example"))
                .post("/api/outlets").then().statusCode(201);
        given().contentType(ContentType.JSON).body(outlet("dup-" + t, "fresh-" + t + ".example"))
                .post("/api/outlets").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("dup-" + t)).body("field", org.hamcrest.Matchers.equalTo("key"));
        given().contentType(ContentType.JSON).body(outlet("other-" + t, "dup-" + t + ".example"))
                .post("/api/outlets").then().statusCode(409).body("detail", containsString("dup-" + t + ".example"))
                .body("field", org.hamcrest.Matchers.equalTo("domains"));
        // an alias already naming another outlet would make credits ambiguous
        given().contentType(ContentType.JSON).body(Map.of("key", "alias-" + t, "name", "Alias " + t, "aliases", List.of("AFP")))
                .post("/api/outlets").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("alias 'AFP' already names outlet 'afp'"))
                .body("field", org.hamcrest.Matchers.equalTo("aliases"));
        given().get("/api/outlets/alias-" + t).then().statusCode(404);
        // so would a second outlet of the same name: "NDTV" would then name no outlet at all
        given().contentType(ContentType.JSON).body(Map.of("key", "name-" + t, "name", "NDTV"))
                .post("/api/outlets").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("name 'NDTV' already names outlet 'ndtv'"))
                .body("field", org.hamcrest.Matchers.equalTo("name"));
    }

    @Test
    void invalidOutletsAre400NamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("key", "Bad Key", "name", "x"))
                .post("/api/outlets").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("key"));
        given().contentType(ContentType.JSON).body(Map.of("key", "k-" + token(), "name", "x", "kind", "blog"))
                .post("/api/outlets").then().statusCode(400).body("field", equalTo("kind"))
                .body("detail", containsString("blog"));
        given().contentType(ContentType.JSON).body(Map.of("key", "k-" + token(), "name", "x", "domains", List.of("not a domain")))
                .post("/api/outlets").then().statusCode(400).body("field", equalTo("domains"));
        given().contentType(ContentType.JSON).body(Map.of("key", "k-" + token()))
                .post("/api/outlets").then().statusCode(400).body("field", equalTo("name"));
    }

    @Test
    void unknownOutletIs404() {
        given().get("/api/outlets/no-such-outlet").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).put("/api/outlets/no-such-outlet")
                .then().statusCode(404);
    }
}
