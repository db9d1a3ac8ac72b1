package io.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's usage errors, and where its token comes from (a local server stands for the service). */
class ImportClientUsageTest {

    @TempDir
    Path dir;

    record Run(int exit, String output) {
    }

    private static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = ImportClient.run(args, env, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anAddressThatIsNoHttpUrlOrAnOptionWithoutItsValueIsAUsageErrorNotAStackTrace() throws IOException {
        Path file = Files.writeString(dir.resolve("dump.ndjson"), "{}\n");
        // each of these ended in an uncaught exception (exit 1 and a stack trace) or went on without a token
        Run noScheme = run(Map.of(), file.toString(), "--url", "localhost:8197");
        assertThat(noScheme.exit()).isEqualTo(2);
        assertThat(noScheme.output()).contains("--url must be the service's http(s) address").contains("'localhost:8197'");
        assertThat(run(Map.of(), file.toString(), "--url", "http://x y").exit()).isEqualTo(2);
        assertThat(run(Map.of(), file.toString(), "--url", "ftp://example.com/").exit()).isEqualTo(2);
        Run noToken = run(Map.of(), file.toString(), "--url", "http://localhost:1", "--token");
        assertThat(noToken.exit()).isEqualTo(2);
        assertThat(noToken.output()).startsWith("--token needs a value");
        assertThat(run(Map.of(), file.toString(), "--token", "--url", "http://localhost:1").output())
                .startsWith("--token needs a value");
        assertThat(run(Map.of(), file.toString(), "--url").exit()).isEqualTo(2);
    }

    @Test
    void aTokenNoHeaderCanCarryIsALineNotAStackTrace() throws IOException {
        Path file = Files.writeString(dir.resolve("dump.ndjson"), "{}\n");
        Run broken = run(Map.of(), file.toString(), "--url", "http://localhost:1", "--token", "wt_a\nb");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.output()).startsWith(file + ": failed (IllegalArgumentException");
    }

    @Test
    void withoutTokenOptionTheTokenComesFromTheEnvironmentAndTheOptionWins() throws Exception {
        Path file = Files.writeString(dir.resolve("dump.ndjson"), "{}\n");
        List<String> seen = new CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"status\":403,\"detail\":\"no\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(403, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(run(Map.of("WIRETRACE_TOKEN", "wt_from_env"), file.toString(), "--url", url).exit()).isEqualTo(1);
            assertThat(run(Map.of("WIRETRACE_TOKEN", "wt_from_env"), file.toString(), "--url", url, "--token", "wt_given")
                    .exit()).isEqualTo(1);
            assertThat(run(Map.of(), file.toString(), "--url", url).exit()).isEqualTo(1);
        } finally {
            server.stop(0);
        }
        assertThat(seen).containsExactly("Bearer wt_from_env", "Bearer wt_given", "null");
    }
}
