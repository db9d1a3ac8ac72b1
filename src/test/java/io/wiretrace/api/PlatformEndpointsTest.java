package io.wiretrace.api;

import io.wiretrace.http.Problem;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void healthIsUpWithTheDatabase() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void openApiDescribesTheArticleEndpoints() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/articles/{id}/snapshot"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void openApiListsTheProblemResponses() {
        Map<String, Object> doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
        Map<String, Object> article = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/articles/{id}")).get("get");
        Map<String, Object> responses = (Map<String, Object>) article.get("responses");
        assertThat(responses).containsKeys("200", "400", "404");
        assertThat(responses.get("404").toString()).contains("application/problem+json", "#/components/schemas/Problem");
        Map<String, Object> ingest = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/articles")).get("post");
        assertThat((Map<String, Object>) ingest.get("responses")).containsKeys("400", "413", "415", "422", "502", "504");
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        assertThat(schemas.get("Problem").toString()).contains("detail", "field", "upstreamStatus");
    }

    @Test
    void prometheusMetricsAreServed() {
        given().get("/api/outlets").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
