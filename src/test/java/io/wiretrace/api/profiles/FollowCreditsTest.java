package io.wiretrace.api.profiles;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.wiretrace.app.FollowCredits;
import io.wiretrace.support.CreditingPages;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Following credited URLs when switched on (max depth 1): A credits B, B credits C; only B is ingested. Runs with its
 * own test profile, so in its own JVM (surefire execution quarkus-profile-tests): a second application start in one
 * JVM could not load the sentence model's native tokenizer again.
 */
@QuarkusTest
@TestProfile(FollowCreditsTest.Enabled.class)
class FollowCreditsTest {

    /** Follow credits on, one hop; both loopback test sites allowed (127.0.0.2 is a second "domain"). */
    public static class Enabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wiretrace.provenance.follow-credits.enabled", "true",
                    "wiretrace.provenance.follow-credits.max-depth", "1",
                    "wiretrace.fetch.allowed-hosts", "127.0.0.1,127.0.0.2",
                    // lexical matching is enough here; the sentence model stays out of this JVM
                    "wiretrace.reuse.semantic-model", "false");
        }
    }

    static CreditingPages pages;
    static CreditingPages other;

    @Inject
    FollowCredits follow;

    @BeforeAll
    static void serve() {
        pages = new CreditingPages("127.0.0.1");
        other = new CreditingPages("127.0.0.2");
        pages.article("/c", "Page C, the first report")
                .article("/a", "Page A, a copy", other.url("/b"))
                .article("/refusing", "Page R, credits unreachable sources", "http://10.20.30.40/story",
                        other.url("/huge"));
        other.article("/b", "Page B, a follow-up", pages.url("/c")).huge("/huge", 300_000);
    }

    @AfterAll
    static void stop() {
        pages.close();
        other.close();
    }

    @Test
    void aCreditedUrlIsIngestedInTheBackgroundOneHopDeepAndTheChainReachesIt() {
        int a = given().contentType(ContentType.JSON).body(Map.of("url", pages.url("/a"))).post("/api/articles")
                .then().statusCode(201).extract().path("id");
        String b = other.url("/b");
        FollowCredits.Outcome followed = awaitOutcome(b);
        assertThat(followed.status()).isEqualTo(FollowCredits.Status.INGESTED);
        assertThat(followed.creditedBy()).isEqualTo(a);
        assertThat(followed.depth()).isEqualTo(1);
        long bId = followed.articleId();
        given().queryParam("url", b).get("/api/articles").then().statusCode(200).body("total", org.hamcrest.Matchers.is(1));

        // B credits C, but depth 1 stops there: C is never fetched
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> pages.hits("/c") == 0);
        assertThat(outcome(pages.url("/c"))).isEmpty();
        given().queryParam("url", pages.url("/c")).get("/api/articles").then().body("total", org.hamcrest.Matchers.is(0));

        // the placeholder for B in A's chain is now the stored article
        await().atMost(Duration.ofSeconds(120)).until(() ->
                "done".equals(given().get("/api/articles/" + a).then().extract().path("reuseStatus")));
        given().get("/api/articles/" + a + "/provenance").then().statusCode(200)
                .body("best.hops[0].node.id", org.hamcrest.Matchers.equalTo("article:" + bId));
    }

    @Test
    void aPrivateAddressOrAnOversizedPageIsSkippedWithItsReasonAndNothingStored() {
        given().contentType(ContentType.JSON).body(Map.of("url", pages.url("/refusing"))).post("/api/articles")
                .then().statusCode(201);
        FollowCredits.Outcome privateAddress = awaitOutcome("http://10.20.30.40/story");
        assertThat(privateAddress.status()).isEqualTo(FollowCredits.Status.REFUSED);
        assertThat(privateAddress.reason()).contains("address refused");
        FollowCredits.Outcome huge = awaitOutcome(other.url("/huge"));
        assertThat(huge.status()).isEqualTo(FollowCredits.Status.REFUSED);
        assertThat(huge.reason()).contains("too large");
        for (String url : new String[] {"http://10.20.30.40/story", other.url("/huge")}) {
            given().queryParam("url", url).get("/api/articles").then().body("total", org.hamcrest.Matchers.is(0));
        }
    }

    /** The outcome of following {@code url} once it is settled (its job no longer queued or running). */
    private FollowCredits.Outcome awaitOutcome(String url) {
        return await("outcome of " + url + " among " + follow.recent()).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> outcome(url), o -> o.isPresent() && o.get().status() != FollowCredits.Status.PENDING)
                .orElseThrow();
    }

    private Optional<FollowCredits.Outcome> outcome(String url) {
        return follow.recent().stream().filter(o -> o.url().equals(url)).findFirst();
    }
}
