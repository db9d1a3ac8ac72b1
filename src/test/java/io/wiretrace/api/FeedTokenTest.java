package io.wiretrace.api;

import static io.wiretrace.support.Api.anonymous;
import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.wiretrace.support.Api;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The per-user feed token of the Atom feed of events: feed readers send no headers, so it travels in the feed's URL;
 * it reads that feed only, as a reader, while its account is active, and a new one ends the old.
 */
@QuarkusTest
class FeedTokenTest {

    private static final String PASSWORD = "feed-password-1";

    @Test
    void aFeedTokenReadsTheFeedOnlyUntilReplacedRemovedOrItsAccountDeactivatedForGood() {
        String name = user("reader");
        String apiToken = apiToken(name);
        Api.as(apiToken).get("/api/me").then().statusCode(200).body("feedToken", equalTo(false));

        Response made = Api.as(apiToken).post("/api/me/feed-token");
        made.then().statusCode(201).header("Cache-Control", "no-store").body("token", startsWith("wtfeed_"))
                .body("feedUrl", containsString("/api/events/feed?token="));
        String token = made.jsonPath().getString("token");
        String feed = URI.create(made.jsonPath().getString("feedUrl")).getRawPath() + "?token=" + token;
        Api.as(apiToken).get("/api/me").then().body("feedToken", equalTo(true));

        anonymous().get(feed).then().statusCode(200).contentType(containsString("application/atom+xml"))
                .body(containsString("<feed")).body(not(containsString(token)));
        anonymous().get(feed + "&type=credit_dropped").then().statusCode(200);
        // nothing else: not the JSON events, not as a bearer token, not a write on the feed's path
        anonymous().get("/api/events?token=" + token).then().statusCode(401);
        anonymous().get("/api/articles?token=" + token).then().statusCode(401);
        anonymous().header("Authorization", "Bearer " + token).get("/api/events/feed").then().statusCode(401);
        anonymous().header("Authorization", "Bearer " + token).get("/api/events").then().statusCode(401);
        anonymous().get("/api/events/feed?token=wtfeed_not-a-token").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("feed token is not known"));

        // a new one ends the old one
        String second = Api.as(apiToken).post("/api/me/feed-token").then().statusCode(201).extract().path("token");
        assertThat(second).isNotEqualTo(token);
        anonymous().get(feed).then().statusCode(401);
        anonymous().get("/api/events/feed?token=" + second).then().statusCode(200);

        // removing it stops it
        Api.as(apiToken).delete("/api/me/feed-token").then().statusCode(204);
        anonymous().get("/api/events/feed?token=" + second).then().statusCode(401);
        Api.as(apiToken).get("/api/me").then().body("feedToken", equalTo(false));
        String third = Api.as(apiToken).post("/api/me/feed-token").then().statusCode(201).extract().path("token");

        // deactivating the account stops it, and reactivating it brings back none of its old keys
        given().contentType(ContentType.JSON).body(Map.of("active", false)).patch("/api/users/" + name).then().statusCode(200);
        anonymous().get("/api/events/feed?token=" + third).then().statusCode(401)
                .body("detail", containsString("deactivated"));
        given().contentType(ContentType.JSON).body(Map.of("active", true)).patch("/api/users/" + name).then().statusCode(200);
        anonymous().get("/api/events/feed?token=" + third).then().statusCode(401);
        Api.as(apiToken).get("/api/me").then().statusCode(401);
    }

    @Test
    void theBootstrapTokenHasNoAccountAndSoNoFeedToken() {
        given().post("/api/me/feed-token").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("account"));
        anonymous().post("/api/me/feed-token").then().statusCode(401);
    }

    @Test
    void theAccountPageMakesAFeedAddressShownOnceWithItsSessionsCsrfToken() {
        String name = user("reader");
        String session = Sessions.logIn(name, PASSWORD);
        String page = anonymous().cookie("wiretrace_session", session).get("/account").then().statusCode(200)
                .body(containsString("Make a feed address")).extract().asString();
        String csrf = Sessions.formToken(page);
        anonymous().cookie("wiretrace_session", session).contentType(ContentType.URLENC).post("/account/feed-token")
                .then().statusCode(403);
        String made = anonymous().cookie("wiretrace_session", session).contentType(ContentType.URLENC)
                .formParam("csrf", csrf).post("/account/feed-token").then().statusCode(201)
                .header("Cache-Control", "no-store").body(containsString("/api/events/feed?token=wtfeed_")).extract().asString();
        String token = made.replaceAll("(?s).*token=(wtfeed_[A-Za-z0-9_-]+).*", "$1");
        anonymous().get("/api/events/feed?token=" + token).then().statusCode(200);
        anonymous().cookie("wiretrace_session", session).get("/account").then().statusCode(200)
                .body(containsString("Replace my feed address")).body(not(containsString(token)));
        anonymous().cookie("wiretrace_session", session).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("csrf", csrf).post("/account/feed-token/remove").then().statusCode(303);
        anonymous().get("/api/events/feed?token=" + token).then().statusCode(401);
    }

    private static String user(String role) {
        String name = "f-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", PASSWORD, "role", role))
                .post("/api/users").then().statusCode(201);
        return name;
    }

    private static String apiToken(String username) {
        return given().contentType(ContentType.JSON).body(Map.of("name", "feed-test", "username", username))
                .post("/api/tokens").then().statusCode(201).extract().path("token");
    }
}
