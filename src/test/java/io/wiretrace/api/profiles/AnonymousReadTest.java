package io.wiretrace.api.profiles;

import static io.wiretrace.support.Api.anonymous;
import static io.wiretrace.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With anonymous reading on, anyone reads; writes still need an account, and a bad token is still refused. */
@QuarkusTest
@TestProfile(AnonymousReadTest.OpenReading.class)
class AnonymousReadTest {

    /** Anonymous reading on; metrics open to anyone. */
    public static class OpenReading implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wiretrace.auth.anonymous-read", "true", "wiretrace.auth.platform-access", "permit",
                    "wiretrace.reuse.semantic-model", "false");
        }
    }

    @Test
    void anyoneReadsButWritesNeedAnAccount() {
        anonymous().get("/api/articles").then().statusCode(200);
        anonymous().get("/api/me").then().statusCode(200).body("name", equalTo("anonymous")).body("role", equalTo("reader"));
        anonymous().accept("text/html").get("/").then().statusCode(200).body(containsString("Log in"));
        anonymous().get("/q/metrics").then().statusCode(200);
        anonymous().contentType(ContentType.JSON).body(Map.of("text", "A council met. It voted.")).post("/api/articles")
                .then().statusCode(401).contentType(containsString("problem+json"));
        anonymous().contentType(ContentType.JSON).body(Map.of("key", "x")).put("/api/outlets/afp").then().statusCode(401);
        as("wt_unknown-token").get("/api/articles").then().statusCode(401).body("detail", containsString("not known"));
        // analyzing without storing is a read
        anonymous().contentType(ContentType.JSON).body(Map.of("text", "A council met on Monday. It voted on the budget."))
                .post("/api/analyze").then().statusCode(200);
    }
}
