package io.wiretrace.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.wiretrace.support.Api;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded request fuzzer over every {@code /api} operation: random and mutated paths, parameters, headers and
 * bodies. Fails on any 5xx (but the documented 502/504 upstream-* problems for a URL whose server fails) and on any
 * 4xx that is not {@code application/problem+json}. A few hundred requests here
 * ({@code -Dfuzz.requests=10000} for a long run: {@code bench/fuzz.sh}); {@code -Dfuzz.seed}
 * replays a run.
 */
@QuarkusTest
class ApiFuzzTest {

    private static final String[] OPERATIONS = {
        "GET /api/articles?{params}", "POST /api/articles", "POST /api/articles/reanalyze", "GET /api/articles/{id}",
        "GET /api/articles/{id}/attributions", "GET /api/articles/{id}/snapshot", "GET /api/articles/{id}/reuse?{params}",
        "GET /api/articles/{id}/reuse/{id}", "GET /api/articles/{id}/provenance",
        "GET /api/articles/{id}/provenance/export?{params}", "GET /api/articles/{id}/derivatives",
        "GET /api/articles/{id}/story", "GET /api/stories/{story}", "GET /api/stories/{story}/export?{params}",
        "GET /api/articles/{id}/compare/{id}", "GET /api/articles/{id}/compare", "GET /api/articles/{id}/signals",
        "POST /api/compare", "POST /api/analyze", "GET /api/outlets", "GET /api/outlets/{key}", "POST /api/outlets",
        "PUT /api/outlets/{key}", "GET /api/outlets/{key}/graph", "GET /api/outlets/{key}/graph/export?{params}",
        "GET /api/jobs/{job}", "{method} /api/{junk}", "POST /api/sources", "GET /api/sources",
        "GET /api/sources/{id}", "PATCH /api/sources/{id}", "DELETE /api/sources/{id}", "GET /api/outlets/{key}/sources",
        "GET /api/sources/{id}/items?{params}"};
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"};
    private static final String[] PARAMS = {"url", "outlet", "q", "page", "size", "class", "limit", "format", "state"};
    private static final String[] FIELDS = {"url", "html", "text", "outlet", "title", "publishedAt", "key", "name",
        "kind", "aliases", "domains", "domain", "rewrite", "source", "minInterval", "maxInterval", "paused"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8",
        "application/json; charset=utf-16", "application/json; charset=nonsense", "text/plain",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/problem+json", "*/*",
        "application/", ";;;", null};
    private static final String[] ACCEPTS = {"*/*", "application/json", "text/html", "text/csv", "application/xml",
        "application/problem+json", "///", "text/*;q=0.1, nonsense", null};

    @TestHTTPResource("/")
    URL root;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void noRequestGetsA5xxOrAnErrorThatIsNotAProblem() throws Exception {
        int requests = Integer.getInteger("fuzz.requests", 300);
        long seed = Long.getLong("fuzz.seed", 19L);
        Random random = new Random(seed);
        Values values = new Values(random);
        List<String> failures = new ArrayList<>();
        int errors = 0;
        int unauthorized = 0;
        for (int i = 0; i < requests && failures.size() < 20; i++) {
            String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            if (method.equals("{method}")) {
                method = values.pick(METHODS);
            }
            path = values.fillPath(path);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path))
                    .timeout(Duration.ofSeconds(60));
            String body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH") || random.nextInt(20) == 0
                    ? values.body() : null;
            String type = values.pick(CONTENT_TYPES);
            if (type != null && random.nextInt(4) > 0) {
                request.header("Content-Type", type);
            } else if (body != null && random.nextBoolean()) {
                request.header("Content-Type", "application/json");
            }
            // credentials that reach the handlers, but now and then none, a wrong one or a malformed header
            int credentials = random.nextInt(20);
            if (credentials < 17) {
                request.header("Authorization", "Bearer " + Api.BOOTSTRAP_TOKEN);
            } else if (credentials == 17) {
                request.header("Authorization", "Bearer " + Long.toHexString(random.nextLong()));
            } else if (credentials == 18) {
                request.header("Authorization", values.pick(new String[] {"Bearer", "Bearer  ", "Basic YTpi", "token x"}));
            }
            String accept = values.pick(ACCEPTS);
            if (accept != null) {
                request.header("Accept", accept);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            boolean problem = contentType.startsWith("application/problem+json");
            if (status >= 400) {
                errors++;
            }
            if (status == 401) {
                unauthorized++;
            }
            // 502/504 with an upstream-* problem is the documented answer when a URL the client chose cannot be
            // fetched (a closed port, a timeout): the service reports a third party's failure, not one of its own
            boolean upstream = (status == 502 || status == 504) && problem
                    && response.body().contains("\"type\":\"https://wiretrace.io/problems/upstream-");
            if ((status >= 500 && !upstream) || (status >= 400 && !problem && !method.equals("HEAD"))) {
                failures.add("#" + i + " " + method + " " + abbreviate(path) + " [Content-Type " + type + ", Accept " + accept
                        + "] body " + abbreviate(String.valueOf(body)) + " -> " + status + " " + contentType + " "
                        + abbreviate(response.body()));
            }
        }
        System.out.printf("fuzz: seed %d, %d requests, %d answered with an error (4xx/5xx), %d of them 401, %d with 2xx/3xx, %d failures%n",
                seed, requests, errors, unauthorized, requests - errors, failures.size());
        assertThat(failures).as("seed %d: requests answered with a 5xx or a non-problem error", seed).isEmpty();
        assertThat(errors).as("the fuzzer reaches the error paths").isPositive();
        assertThat(unauthorized).as("the fuzzer's credentials reach the handlers").isLessThan(requests / 5);
    }

    private static String abbreviate(String s) {
        String shown = s == null ? null : s.replaceAll("[\\p{Cc}\\p{Cs}]", "·");
        return shown == null || shown.length() <= 200 ? shown : shown.substring(0, 200) + "…(" + s.length() + " chars)";
    }

    /** Random values, valid ones more often than not so the handlers are reached. */
    private static final class Values {
        private final Random random;

        Values(Random random) {
            this.random = random;
        }

        String pick(String[] options) {
            return options[random.nextInt(options.length)];
        }

        String fillPath(String path) {
            String p = path;
            while (p.contains("{id}")) {
                p = p.replaceFirst("\\{id\\}", encode(id()));
            }
            p = p.replace("{story}", encode(random.nextBoolean() ? "story:article:" + id() : id()))
                    .replace("{key}", encode(random.nextInt(3) > 0 ? pick(new String[] {"afp", "bbc", "reuters", "ndtv"}) : text(20)))
                    .replace("{job}", encode(random.nextBoolean() ? java.util.UUID.randomUUID().toString() : text(12)))
                    .replace("{junk}", encode(text(30)))
                    .replace("{params}", params());
            return p;
        }

        String id() {
            return switch (random.nextInt(8)) {
                case 0 -> "0";
                case 1 -> "-" + random.nextInt(100);
                case 2 -> Long.toString(Long.MAX_VALUE);
                case 3 -> "99999999999999999999999";
                case 4 -> text(8);
                default -> Integer.toString(1 + random.nextInt(30));
            };
        }

        String params() {
            StringBuilder q = new StringBuilder();
            int n = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                String name = random.nextInt(10) == 0 ? text(5) : pick(PARAMS);
                q.append(i == 0 ? "" : "&").append(encode(name)).append('=').append(encode(paramValue(name)));
            }
            return q.toString();
        }

        String paramValue(String name) {
            return switch (name) {
                case "page", "size", "limit" -> pick(new String[] {"0", "1", "20", "100", "101", "-5", "2147483647",
                    "99999999999", "1.5", "", text(4)});
                case "format" -> pick(new String[] {"prov-json", "prov-o", "graphml", "csv", "PDF", "", text(6)});
                case "class" -> pick(new String[] {"rewrite", "duplicate,rewrite", "same_story", "nope", ",,", text(8)});
                default -> random.nextInt(3) == 0 ? text(random.nextInt(700)) : words();
            };
        }

        String words() {
            return pick(new String[] {"election", "AFP said", "\"quoted phrase\" -not", "東京 地震", "or", "-", "a & b | !c",
                "https://example.com/a", "afp", "x:* & y", "'", "\\", "(((", ""});
        }

        /** Random text: letters, markup, JSON and SQL punctuation, odd Unicode, sometimes a NUL or a lone surrogate. */
        String text(int max) {
            int n = random.nextInt(Math.max(1, max) + 1);
            StringBuilder s = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(20);
                s.append(switch (kind) {
                    case 0 -> "\u0000";
                    case 1 -> "\ud800";
                    case 2 -> pick(new String[] {"'", "\"", "\\", "%", "_", "<", ">", "&", "{", "}", "[", "]", ";", "--",
                        "/*", ":", "*", "!", "|", "?", "#", "/", ".."});
                    case 3 -> new String(Character.toChars(0x1F600 + random.nextInt(50)));
                    case 4 -> pick(new String[] {"é", "東", "京", "ß", "\u202e", "\u200b", "\ufeff", "\t", "\n", "\r"});
                    default -> String.valueOf((char) ('a' + random.nextInt(26)));
                });
            }
            return s.toString();
        }

        String body() {
            return switch (random.nextInt(12)) {
                case 0 -> text(200);
                case 1 -> mutate(validBody());
                case 2 -> validBody() + pick(new String[] {" xyz", " {}", ",", "]", "\u0000"});
                case 3 -> "[" + validBody() + "]";
                case 4 -> "{\"text\": \"a\", \"text\": \"b\"}";
                case 5 -> "{".repeat(random.nextInt(3000)) + "}".repeat(random.nextInt(3000));
                case 6 -> "{\"text\": " + pick(new String[] {"1e999999", "-0", "true", "null", "[]", "{}",
                    "123456789012345678901234567890", "\"" + "x".repeat(random.nextInt(200_000)) + "\""}) + "}";
                case 7 -> "";
                default -> validBody();
            };
        }

        String validBody() {
            return switch (random.nextInt(7)) {
                case 0 -> "{\"text\": " + json(sentence()) + (random.nextBoolean() ? ", \"outlet\": " + json(text(15)) : "")
                        + (random.nextBoolean() ? ", \"title\": " + json(text(40)) : "")
                        + (random.nextBoolean() ? ", \"publishedAt\": " + json(pick(new String[] {"2025-03-21",
                            "2025-03-21T10:15:00Z", "2025-13-45", "yesterday", ""})) : "") + "}";
                case 1 -> "{\"html\": " + json("<html><body><article><p>" + sentence().repeat(3) + "</p></article></body></html>")
                        + (random.nextBoolean() ? ", \"url\": " + json(url()) : "") + "}";
                case 2 -> "{\"url\": " + json(url()) + "}";
                case 3 -> "{\"key\": " + json(random.nextBoolean() ? "fuzz-" + random.nextInt(1000) : text(12))
                        + ", \"name\": " + json(text(30)) + ", \"kind\": " + json(pick(new String[] {"newsroom",
                            "wire_agency", "aggregator", "unknown", "nope"})) + ", \"aliases\": [" + json(text(10))
                        + "], \"domains\": [" + json(random.nextBoolean() ? "fuzz" + random.nextInt(1000) + ".example" : text(10))
                        + "]}";
                case 4 -> "{\"rewrite\": {\"text\": " + json(sentence()) + "}, \"source\": {\"text\": " + json(sentence()) + "}}";
                case 5 -> "{" + json(pick(FIELDS)) + ": " + json(text(50)) + "}";
                default -> "{}";
            };
        }

        String sentence() {
            return random.nextInt(4) == 0 ? text(400) : "The minister said on Monday, AFP reported, that "
                    + random.nextInt(10_000) + " people attended. " + text(30);
        }

        String url() {
            return pick(new String[] {"http://127.0.0.1:1/closed", "http://10.0.0.1/private", "ftp://files.example/a",
                "javascript:alert(1)", "", "http://", "http://[::1]/", "https://a.example/" + "p".repeat(random.nextInt(3000)),
                "https://例え.jp/記事", "http://127.0.0.1:1/%00", text(30)});
        }

        String mutate(String json) {
            StringBuilder s = new StringBuilder(json);
            int edits = 1 + random.nextInt(4);
            for (int i = 0; i < edits && s.length() > 0; i++) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, pick(new String[] {"\"", "{", "}", ",", ":", "\\u0000", "\\ud800", "null", "\\"}));
                    default -> s.setCharAt(at, (char) random.nextInt(128));
                }
            }
            return s.toString();
        }

        static String json(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || Character.isSurrogate(c)) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }

        static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
