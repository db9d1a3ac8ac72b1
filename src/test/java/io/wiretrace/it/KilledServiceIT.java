package io.wiretrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service killed with SIGKILL in the middle of an ingest burst comes up on its first restart, on the
 * same embedded database, with every article it acknowledged (201) readable, unchanged and reuse-matched (issue 19).
 * Runs on {@code target/quarkus-app/quarkus-run.jar} ({@code ./mvnw -B verify}).
 */
class KilledServiceIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern SHA = Pattern.compile("\"contentSha256\":\"([0-9a-f]{64})\"");

    @TempDir
    Path dir;

    private Process service;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            service.waitFor();
        }
    }

    @Test
    void firstRestartAfterKillMinus9KeepsEveryAcknowledgedArticle() throws Exception {
        Assumptions.assumeTrue(Files.exists(JAR), "package the service first (./mvnw -B verify)");
        int port = freePort();
        service = start(port, "first");
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        Thread writer = new Thread(() -> ingestUntilKilled(port, acknowledged, killed));
        writer.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (acknowledged.size() < 15 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(acknowledged).as("articles acknowledged before the kill").hasSizeGreaterThanOrEqualTo(15);
        service.destroyForcibly().waitFor(); // SIGKILL mid-ingest: no shutdown hook runs
        killed.set(true);
        writer.join(30_000);

        service = start(freePort(), "restart");
        int restartPort = portOf(service);
        String log = Files.readString(dir.resolve("restart.log"));
        assertThat(log).contains("orphaned PostgreSQL").doesNotContain(" TRACE ").doesNotContain(" DEBUG ");
        for (Map.Entry<Long, String> a : acknowledged.entrySet()) {
            HttpResponse<String> r = get(restartPort, "/api/articles/" + a.getKey());
            assertThat(r.statusCode()).as("article %d", a.getKey()).isEqualTo(200);
            assertThat(r.body()).contains("\"contentSha256\":\"" + a.getValue() + "\"");
        }
        long matchDeadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        for (long id : acknowledged.keySet()) {
            while (!get(restartPort, "/api/articles/" + id).body().contains("\"reuseStatus\":\"done\"")) {
                assertThat(System.nanoTime()).as("article %d matched after the restart", id).isLessThan(matchDeadline);
                Thread.sleep(200);
            }
        }
    }

    @Test
    void sigtermStopsTheServiceBeforeItsEmbeddedDatabase() throws Exception {
        Assumptions.assumeTrue(Files.exists(JAR), "package the service first (./mvnw -B verify)");
        service = start(freePort(), "term");
        service.destroy(); // SIGTERM, as systemd, docker stop and kill send it
        assertThat(service.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
        String log = Files.readString(dir.resolve("term.log"));
        // the work queue gives its leases back while the database still runs, then the database stops
        assertThat(log).contains("stopped in").doesNotContain("could not give back leases")
                .doesNotContain("terminating connection due to administrator command").doesNotContain("Exception");
        assertThat(dir.resolve("data/pg/postmaster.pid")).as("the embedded PostgreSQL stopped too").doesNotExist();
    }

    private void ingestUntilKilled(int port, Map<Long, String> acknowledged, AtomicBoolean killed) {
        for (int i = 0; !killed.get() && i < 10_000; i++) {
            String text = "Article " + i + " of the kill test. The harbour authority said on Monday that " + (i * 37)
                    + " ships were delayed, according to a statement seen by Reuters. Officials expect delays to last.";
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                        .header("Authorization", "Bearer " + ServiceProcess.TOKEN)
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    Matcher id = ID.matcher(r.body());
                    Matcher sha = SHA.matcher(r.body());
                    if (id.find() && sha.find()) {
                        acknowledged.put(Long.parseLong(id.group(1)), sha.group(1));
                    }
                }
            } catch (IOException e) {
                return; // the service was killed under this request: it was never acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Process start(int port, String name) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("WIRETRACE_AUTH_BOOTSTRAP_TOKEN", ServiceProcess.TOKEN);
        builder.environment().put("WIRETRACE_DATA_DIR", dir.resolve("data").toString());
        builder.environment().put("WIRETRACE_REUSE_SEMANTIC_MODEL", "false");
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        Process process = builder.start();
        ports.put(process.pid(), port);
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n"
                        + Files.readString(dir.resolve(name + ".log")));
            }
            try {
                if (get(port, "/q/health/ready").statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " did not come up:\n" + Files.readString(dir.resolve(name + ".log")));
    }

    private final Map<Long, Integer> ports = new ConcurrentHashMap<>();

    private int portOf(Process process) {
        return ports.get(process.pid());
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + ServiceProcess.TOKEN).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        return FreePorts.take();
    }
}
