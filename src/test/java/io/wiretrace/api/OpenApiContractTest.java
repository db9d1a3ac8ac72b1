package io.wiretrace.api;

import static io.wiretrace.support.Api.anonymous;
import static io.wiretrace.support.Api.as;
import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.wiretrace.http.Problem;
import io.wiretrace.security.Expensive;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document tells the truth about every {@code /api} operation: each error is problem+json, the success
 * statuses and Location headers are the ones the resources answer, 429 with Retry-After is declared exactly where the
 * rate limit applies, and real calls answer only statuses their operation declares.
 */
@QuarkusTest
class OpenApiContractTest {

    /** The operations whose success is not a plain 200, with the statuses they answer. */
    private static final Map<String, Set<String>> SUCCESS = Map.ofEntries(
            Map.entry("POST /api/articles", Set.of("200", "201")),
            Map.entry("POST /api/sources", Set.of("200", "201")),
            Map.entry("POST /api/outlets", Set.of("201")),
            Map.entry("POST /api/users", Set.of("201")),
            Map.entry("POST /api/tokens", Set.of("201")),
            Map.entry("POST /api/webhooks", Set.of("201")),
            Map.entry("POST /api/verdicts", Set.of("201")),
            Map.entry("POST /api/me/feed-token", Set.of("201")),
            Map.entry("POST /api/imports", Set.of("202")),
            Map.entry("POST /api/articles/reanalyze", Set.of("202")),
            Map.entry("POST /api/reuse/rematch", Set.of("202")),
            Map.entry("DELETE /api/me/feed-token", Set.of("204")),
            Map.entry("DELETE /api/webhooks/{id}", Set.of("204")),
            Map.entry("DELETE /api/sources/{id}", Set.of("204")));
    /** Successes sent with the new resource's (or job's) address. */
    private static final Set<String> WITH_LOCATION = Set.of("POST /api/articles 201", "POST /api/sources 201",
            "POST /api/outlets 201", "POST /api/users 201", "POST /api/tokens 201", "POST /api/webhooks 201",
            "POST /api/imports 202", "POST /api/articles/reanalyze 202", "POST /api/reuse/rematch 202");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    /** "METHOD /path" of every /api operation, with its responses. */
    private static Map<String, Map<String, Map<String, Object>>> operations;
    private static Map<String, Map<String, Object>> requestBodies;

    /** Once per class, but after Quarkus has started (REST Assured knows its port only then). */
    @BeforeEach
    @SuppressWarnings("unchecked")
    void readTheDocument() {
        if (operations != null) {
            return;
        }
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        operations = new TreeMap<>();
        requestBodies = new TreeMap<>();
        paths.forEach((path, methods) -> methods.forEach((method, op) -> {
            if (path.startsWith("/api/") && (WRITES.contains(method) || method.equals("get"))) {
                String key = method.toUpperCase() + " " + path;
                operations.put(key, (Map<String, Map<String, Object>>) op.get("responses"));
                requestBodies.put(key, (Map<String, Object>) op.get("requestBody"));
            }
        }));
        assertThat(operations).hasSizeGreaterThan(60);
    }

    @Test
    void everyErrorIsProblemJson() {
        operations.forEach((op, responses) -> responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                assertThat(response).as(op + " " + code).containsKey("description");
                assertThat(String.valueOf(response.get("content"))).as(op + " " + code)
                        .contains(Problem.MEDIA_TYPE, "#/components/schemas/Problem");
            }
        }));
    }

    @Test
    void everyOperationDeclaresBadInputAndSignInAndWritesTheirRole() {
        Set<String> writesWithout403 = new TreeSet<>();
        operations.forEach((op, responses) -> {
            assertThat(responses).as(op).containsKeys("400", "401");
            assertThat(String.valueOf(responses.get("401").get("headers"))).as(op).contains("WWW-Authenticate");
            if (isWrite(op) && !responses.containsKey("403")) {
                writesWithout403.add(op);
            }
        });
        // every write a reader may not make declares its 403; a reader may make only these writes (AccessControlTest
        // checks it by calling every write as a reader), some of which still answer 403 for what needs more
        // (a token for another account or of a higher role)
        assertThat(AccessControlTest.READER_WRITES).containsAll(writesWithout403);
        assertThat(operations.get("POST /api/tokens")).containsKey("403");
        assertThat(operations.get("GET /api/tokens")).containsKey("403");
        assertThat(operations.get("GET /api/audit")).containsKey("403");
        assertThat(operations.get("GET /api/articles")).doesNotContainKey("403");
    }

    @Test
    void successStatusesAreTheOnesAnswered() {
        operations.forEach((op, responses) -> {
            Set<String> successes = responses.keySet().stream().filter(c -> c.startsWith("2")).collect(Collectors.toSet());
            assertThat(successes).as(op).isEqualTo(SUCCESS.getOrDefault(op, Set.of("200")));
            successes.forEach(code -> assertThat(String.valueOf(responses.get(code).get("headers"))).as(op + " " + code)
                    .matches(h -> WITH_LOCATION.contains(op + " " + code) == h.contains("Location")));
            if (!successes.contains("204")) {
                successes.forEach(code -> assertThat(responses.get(code)).as(op + " " + code).containsKey("content"));
            }
        });
    }

    @Test
    void conflictsAreDeclared() {
        for (String op : Set.of("POST /api/users", "POST /api/tokens", "POST /api/outlets", "PUT /api/outlets/{key}",
                "POST /api/sources")) {
            assertThat(operations.get(op)).as(op).containsKey("409");
        }
    }

    @Test
    void exactlyTheRateLimitedOperationsDeclare429WithRetryAfter() {
        Set<String> declared = new TreeSet<>();
        operations.forEach((op, responses) -> {
            if (responses.containsKey("429")) {
                declared.add(op);
                assertThat(String.valueOf(responses.get("429").get("headers"))).as(op).contains("Retry-After");
            }
        });
        assertThat(declared).isEqualTo(expensiveOperations())
                .contains("POST /api/articles", "POST /api/analyze", "POST /api/compare", "POST /api/sources", "POST /api/imports");
    }

    /** The operations marked {@link Expensive} (what the rate limit filter is bound to), read from the classes. */
    private static Set<String> expensiveOperations() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().importPackages("io.wiretrace.api")) {
            if (!c.isAnnotatedWith(Path.class)) {
                continue;
            }
            for (JavaMethod m : c.getMethods()) {
                if (!m.isAnnotatedWith(Expensive.class)) {
                    continue;
                }
                String verb = m.getAnnotations().stream().map(a -> a.getRawType())
                        .filter(t -> t.isAnnotatedWith(HttpMethod.class))
                        .map(t -> t.getAnnotationOfType(HttpMethod.class).value()).findFirst().orElseThrow();
                String sub = m.tryGetAnnotationOfType(Path.class).map(Path::value).orElse("");
                String path = (c.getAnnotationOfType(Path.class).value() + "/" + sub).replaceAll("/+", "/")
                        .replaceAll("/$", "");
                found.add(verb + " " + path);
            }
        }
        return found;
    }

    @Test
    void importsDeclareEveryBodyTheyTake() {
        Map<String, Object> body = requestBodies.get("POST /api/imports");
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) body.get("content");
        assertThat(content).containsOnlyKeys("application/json", "application/warc", "application/zip",
                "application/x-ndjson", "application/octet-stream");
        assertThat(String.valueOf(content.get("application/json"))).contains("#/components/schemas/ImportRequest");
        assertThat(operations.get("POST /api/imports")).containsKeys("202", "403", "413", "415", "429");
    }

    @Test
    void realCallsAnswerDeclaredStatuses() {
        String name = "contract-" + AccessControlTest.unique();
        Map<String, String> account = Map.of("username", name, "password", "contract-password-1234", "role", "analyst");
        expect(201, "POST /api/users", json(given()).body(account).post("/api/users"));
        expect(409, "POST /api/users", json(given()).body(account).post("/api/users"));
        Response token = json(given()).body(Map.of("name", "limited", "username", name, "rateLimit", 1)).post("/api/tokens");
        expect(201, "POST /api/tokens", token);
        expect(409, "POST /api/tokens", json(given()).body(Map.of("name", "limited", "username", name)).post("/api/tokens"));
        String analyst = token.path("token");
        expect(201, "POST /api/me/feed-token", as(analyst).post("/api/me/feed-token"));
        expect(204, "DELETE /api/me/feed-token", as(analyst).delete("/api/me/feed-token"));

        Map<String, String> text = Map.of("text", "The harbour board of " + name + " met on Monday. It chose a new chair.",
                "url", "https://example.org/contract/" + name);
        expect(201, "POST /api/articles", json(given()).body(text).post("/api/articles"));
        expect(200, "POST /api/articles", json(given()).body(text).post("/api/articles"));
        expect(404, "GET /api/articles/{id}", given().get("/api/articles/999999999"));
        expect(401, "GET /api/articles", anonymous().get("/api/articles"));
        expect(403, "POST /api/outlets", json(as(analyst)).body("{}").post("/api/outlets"));

        Response hook = json(given()).body(Map.of("url", "http://127.0.0.1:9/hook", "events", java.util.List.of("uncredited_copy"),
                "secret", "a-secret-of-sixteen-plus")).post("/api/webhooks");
        expect(201, "POST /api/webhooks", hook);
        expect(204, "DELETE /api/webhooks/{id}", given().delete("/api/webhooks/" + hook.path("id")));

        expect(202, "POST /api/imports", given().contentType("application/x-ndjson").queryParam("name", "contract.ndjson")
                .body("{\"url\": \"https://example.org/a\", \"html\": \"<p>x</p>\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/imports"));
        expect(415, "POST /api/imports", given().contentType("text/plain").body("x").post("/api/imports"));
        expect(400, "POST /api/imports", json(given()).body(Map.of("file", "../outside")).post("/api/imports"));

        // with a limit of one expensive request a minute, one of three is refused whenever the minute turns
        Set<Integer> statuses = new TreeSet<>();
        for (int i = 0; i < 3; i++) {
            Response r = json(as(analyst)).body(Map.of("text", "One sentence here. And another one.")).post("/api/analyze");
            expectDeclared("POST /api/analyze", r);
            statuses.add(r.statusCode());
        }
        assertThat(statuses).contains(429);
    }

    private static RequestSpecification json(RequestSpecification request) {
        return request.contentType(ContentType.JSON);
    }

    private static void expect(int status, String op, Response response) {
        assertThat(response.statusCode()).as(op + ": " + response.asString()).isEqualTo(status);
        expectDeclared(op, response);
    }

    /** The answer's status is one its operation declares, in the declared form (problem+json, Location, Retry-After). */
    private static void expectDeclared(String op, Response response) {
        String code = Integer.toString(response.statusCode());
        assertThat(operations.get(op)).as(op + " answered " + code).containsKey(code);
        String headers = String.valueOf(operations.get(op).get(code).get("headers"));
        if (response.statusCode() >= 400) {
            assertThat(response.contentType()).as(op + " " + code).startsWith(Problem.MEDIA_TYPE);
        }
        for (String header : new String[] {"Location", "Retry-After", "WWW-Authenticate"}) {
            if (headers.contains(header)) {
                assertThat(response.header(header)).as(op + " " + code + " " + header).isNotBlank();
            }
        }
    }

    private static boolean isWrite(String op) {
        return WRITES.contains(op.substring(0, op.indexOf(' ')).toLowerCase());
    }
}
