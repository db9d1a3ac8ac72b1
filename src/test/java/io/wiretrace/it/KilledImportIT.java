package io.wiretrace.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.support.ArchiveFixtures;
import io.wiretrace.support.PostgresResource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

/**
 * An import interrupted by a SIGKILL of the packaged service mid-file resumes after a restart (same database, same
 * import store) from its last committed record, and ends with the counts of an uninterrupted import: every record
 * read once, every page stored once (issue 17).
 */
class KilledImportIT {

    private static final int PAGES = 60;
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @TempDir
    Path dir;

    @Test
    void anImportKilledMidFileResumesAfterARestartWithTheSameCounts() throws Exception {
        Assumptions.assumeTrue(Files.exists(ServiceProcess.JAR), "package the service first (./mvnw -B verify)");
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Path warc = dir.resolve("kill.warc.gz");
        String[] texts = {"dam-report.txt", "council-budget.txt", "museum-theft.txt", "bakery-feature.txt"};
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < PAGES; i++) {
                byte[] page = ArchiveFixtures.page("Page " + i + " " + fixtures.tag,
                        ArchiveFixtures.text(texts[i % texts.length]) + "\n\nEdition " + i + " of " + fixtures.tag + ".",
                        StandardCharsets.UTF_8);
                writer.write(ArchiveFixtures.response(fixtures.url("p" + i), 200, "text/html", page, ArchiveFixtures.CAPTURED));
            }
        }
        PostgresResource database = new PostgresResource();
        Map<String, String> properties = new java.util.HashMap<>(database.start());
        properties.putAll(Map.of("wiretrace.imports.store", dir.resolve("store").toString(),
                "wiretrace.imports.step-records", "4", "wiretrace.reuse.semantic-model", "false",
                "wiretrace.queue.lease", "6s"));
        try {
            run(warc, fixtures, properties);
        } finally {
            database.stop();
        }
    }

    private void run(Path warc, ArchiveFixtures fixtures, Map<String, String> properties) throws Exception {
        String id;
        try (ServiceProcess first = ServiceProcess.start("import-first", properties, Duration.ofSeconds(240))) {
            HttpResponse<String> started = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(first.url("/api/imports?name=" + URLEncoder.encode("kill.warc.gz", StandardCharsets.UTF_8))))
                    .header("Content-Type", "application/warc").header("Authorization", "Bearer " + ServiceProcess.TOKEN).POST(HttpRequest.BodyPublishers.ofFile(warc)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            Matcher m = ID.matcher(started.body());
            assertThat(m.find()).isTrue();
            id = m.group(1);
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            long read = 0;
            while (read < 8 && System.nanoTime() < deadline) {
                read = number(first.getString("/api/imports/" + id).body(), "recordsRead");
                ServiceProcess.sleep(50);
            }
            assertThat(read).as("records read before the kill").isBetween(8L, (long) PAGES - 1);
            first.kill();
        }
        try (ServiceProcess second = ServiceProcess.start("import-second", properties, Duration.ofSeconds(240))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
            String body = "";
            while (System.nanoTime() < deadline) {
                body = second.getString("/api/imports/" + id).body();
                if (body.contains("\"status\":\"done\"") || body.contains("\"status\":\"failed\"")) {
                    break;
                }
                ServiceProcess.sleep(250);
            }
            assertThat(body).as(second.logTail()).contains("\"status\":\"done\"");
            assertThat(number(body, "recordsRead")).isEqualTo(PAGES);
            assertThat(number(body, "stored")).isEqualTo(PAGES);
            assertThat(number(body, "duplicates")).isZero();
            for (int i = 0; i < PAGES; i++) {
                String page = second.getString("/api/articles?url=" + URLEncoder.encode(fixtures.url("p" + i),
                        StandardCharsets.UTF_8)).body();
                assertThat(number(page, "total")).as("articles at page %d", i).isEqualTo(1);
            }
        }
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
