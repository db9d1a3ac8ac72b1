package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wiretrace.support.ArchiveFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/imports}: WARC (gzip and plain), WACZ and NDJSON files written by the tests, stored with their archive
 * provenance and byte-identical snapshots; a second import stores nothing new; an interrupted import resumes with the
 * same counts; bad records counted by reason; the upload cap and path traversal refused.
 */
@QuarkusTest
class ImportApiTest {

    @TempDir
    Path dir;

    @ConfigProperty(name = "wiretrace.imports.dir")
    String importDir;

    @ConfigProperty(name = "wiretrace.imports.store")
    String importStore;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void anArchiveHoldingTwoCapturesOfAUrlImportedAgainStoresNothingNew() throws Exception {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        String url = fixtures.url("twice");
        byte[] first = ArchiveFixtures.page("Marrowby budget " + fixtures.tag, ArchiveFixtures.text("council-budget.txt"),
                java.nio.charset.StandardCharsets.UTF_8);
        byte[] second = ArchiveFixtures.page("Marrowby budget " + fixtures.tag, ArchiveFixtures.text("council-budget.txt")
                + "\n\nThe council will vote again in March.", java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("twice.warc.gz");
        try (org.netpreserve.jwarc.WarcWriter warc = new org.netpreserve.jwarc.WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
                org.netpreserve.jwarc.WarcCompression.GZIP)) {
            warc.write(ArchiveFixtures.response(url, 200, "text/html; charset=utf-8", first, ArchiveFixtures.CAPTURED));
            warc.write(ArchiveFixtures.response(url, 200, "text/html; charset=utf-8", second, ArchiveFixtures.REVISITED));
        }
        JsonPath once = Imports.awaitEnd(Imports.upload(file, "application/warc"));
        assertThat(once.getLong("stored")).isEqualTo(2);
        JsonPath again = Imports.awaitEnd(Imports.upload(file, "application/warc"));
        assertThat(again.getLong("stored")).as("the older capture is the stored version, not a new revision").isZero();
        assertThat(again.getLong("duplicates")).isEqualTo(2);
        long newest = given().queryParam("url", url).get("/api/articles").then().statusCode(200)
                .body("items.size()", equalTo(2)).extract().jsonPath().getLong("items[0].id");
        given().get("/api/articles/" + newest + "/revisions").then().statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void aGzipWarcIsImportedWithArchiveProvenanceByteIdenticalSnapshotsAndArchiveTime() throws Exception {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Path warc = fixtures.standardWarc(dir.resolve("news-" + fixtures.tag + ".warc.gz"), true);

        JsonPath done = Imports.awaitEnd(Imports.upload(warc, "application/warc"));

        assertStandardCounts(done, 4, 1);
        assertThat(done.getString("format")).isEqualTo("warc");
        assertThat(done.getString("file.name")).isEqualTo(warc.getFileName().toString());
        assertThat(done.getString("file.sha256")).isEqualTo(sha256(warc));
        assertThat(done.getLong("bytesRead")).isEqualTo(Files.size(warc)).isEqualTo(done.getLong("bytesTotal"));
        for (Map.Entry<String, byte[]> page : fixtures.pages.entrySet()) {
            long id = Imports.articleAt(page.getKey());
            byte[] snapshot = given().get("/api/articles/" + id + "/snapshot").then().statusCode(200).extract().asByteArray();
            assertThat(snapshot).as("snapshot of %s", page.getKey()).isEqualTo(page.getValue());
            JsonPath article = given().get("/api/articles/" + id).then().statusCode(200).extract().jsonPath();
            boolean revisit = page.getKey().endsWith("budget-mirror");
            String capturedAt = (revisit ? ArchiveFixtures.REVISITED : ArchiveFixtures.CAPTURED).toString();
            assertThat(article.getString("archive.fileName")).isEqualTo(warc.getFileName().toString());
            assertThat(article.getLong("archive.fileSize")).isEqualTo(Files.size(warc));
            assertThat(article.getString("archive.fileSha256")).isEqualTo(sha256(warc));
            assertThat(article.getString("archive.recordId")).startsWith("urn:uuid:");
            assertThat(article.getString("archive.targetUri")).isEqualTo(page.getKey());
            assertThat(article.getString("archive.fetchedAt")).isEqualTo(capturedAt);
            assertThat(article.getLong("archive.offset")).isPositive();
            assertThat(article.getString("createdAt")).as("first seen is the WARC-Date").isEqualTo(capturedAt);
            // the article list says where each imported article came from too
            JsonPath listed = given().queryParam("url", page.getKey()).get("/api/articles").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(listed.getString("items.find { it.id == " + id + " }.archive.fileName"))
                    .isEqualTo(warc.getFileName().toString());
            assertThat(listed.getString("items.find { it.id == " + id + " }.archive.recordId"))
                    .isEqualTo(article.getString("archive.recordId"));
        }
        long theft = Imports.articleAt(fixtures.url("theft"));
        given().get("/api/articles/" + theft).then().body("title", containsString("café"))
                .body("fetch.status", equalTo(200)).body("fetch.fetchedAt", equalTo(ArchiveFixtures.CAPTURED.toString()));

        // the same file again, format detected: nothing new
        JsonPath again = Imports.awaitEnd(Imports.upload(warc, "application/octet-stream"));
        assertStandardCounts(again, 0, 5);
        fixtures.pages.keySet().forEach(Imports::articleAt);
    }

    @Test
    void aPlainWarcNamedInTheImportDirectoryIsImported() throws Exception {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Files.createDirectories(Path.of(importDir));
        Path warc = fixtures.standardWarc(Path.of(importDir).resolve("plain-" + fixtures.tag + ".warc"), false);

        String id = given().contentType(ContentType.JSON).body(Map.of("file", warc.getFileName().toString()))
                .post("/api/imports").then().statusCode(202).body("status", equalTo("queued"))
                .body("format", equalTo("warc")).extract().path("id");

        assertStandardCounts(Imports.awaitEnd(id), 4, 1);
        assertThat(Files.exists(warc)).as("a file of the import directory is kept").isTrue();
    }

    @Test
    void aWaczIsImported() {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Path wacz = fixtures.wacz(dir.resolve("case-" + fixtures.tag + ".wacz"), dir);
        JsonPath done = Imports.awaitEnd(Imports.upload(wacz, "application/zip"));
        assertStandardCounts(done, 4, 1);
        assertThat(done.getString("format")).isEqualTo("wacz");
        long id = Imports.articleAt(fixtures.url("budget"));
        given().get("/api/articles/" + id).then().body("archive.member", equalTo("archive/data.warc.gz"));
        assertThat(given().get("/api/articles/" + id + "/snapshot").then().extract().asByteArray())
                .isEqualTo(fixtures.pages.get(fixtures.url("budget")));
    }

    @Test
    void ndjsonLinesAreImportedAndBadLinesCountedWithTheirNumbers() {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Path ndjson = fixtures.ndjson(dir.resolve("dump-" + fixtures.tag + ".ndjson"));

        JsonPath done = Imports.awaitEnd(Imports.upload(ndjson, "application/x-ndjson"));

        assertThat(done.getString("status")).isEqualTo("done");
        assertThat(done.getLong("recordsRead")).isEqualTo(5);
        assertThat(done.getLong("stored")).isEqualTo(2);
        assertThat(done.getLong("duplicates")).isEqualTo(1);
        assertThat(done.getMap("failed")).containsOnly(Map.entry("ndjson-not-json", 1), Map.entry("ndjson-missing-field", 1));
        assertThat(done.getList("problems.line")).containsExactly(3, 4);
        long dam = Imports.articleAt(fixtures.url("dam"));
        given().get("/api/articles/" + dam).then().body("createdAt", equalTo("2019-03-14T09:26:53Z"))
                .body("archive.line", equalTo(1)).body("archive.format", equalTo("ndjson"));
        assertThat(given().get("/api/articles/" + dam + "/snapshot").then().extract().asByteArray())
                .isEqualTo(fixtures.pages.get(fixtures.url("dam")));
        long bakery = Imports.articleAt(fixtures.url("bakery"));
        given().get("/api/articles/" + bakery).then().body("inputKind", equalTo("text"))
                .body("publishedAt", equalTo("2019-03-13T07:00:00Z")).body("title", equalTo("Bakery keeps its ovens"));
    }

    @Test
    void badRecordsAreCountedByReasonWithOffsetsAndTheImportGoesOn() {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Path warc = fixtures.badWarc(dir.resolve("bad-" + fixtures.tag + ".warc.gz"), 300 * 1024);

        JsonPath done = Imports.awaitEnd(Imports.upload(warc, "application/warc"));

        assertThat(done.getString("status")).isEqualTo("done");
        assertThat(done.getLong("stored")).isEqualTo(3);
        assertThat(done.getMap("failed")).containsOnly(Map.entry("malformed-warc-header", 1),
                Map.entry("record-too-large", 1), Map.entry("unknown-charset", 1), Map.entry("truncated-gzip", 1));
        assertThat(done.getMap("skipped")).containsOnly(Map.entry("revisit-unresolved", 1));
        assertThat(done.getList("problems.offset", Long.class)).hasSize(5).allMatch(offset -> offset > 0);
        Imports.articleAt(fixtures.url("good-3"));
        given().queryParam("url", fixtures.url("charset")).get("/api/articles").then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void anNdjsonFieldOfTheWrongTypeIsInvalidInputNeverIgnored() throws Exception {
        String tag = UUID.randomUUID().toString();
        Path lines = dir.resolve("types-" + tag + ".ndjson");
        String text = "The ferry to Orsay island resumed on Sunday after the storm, the operator said in a statement. ";
        Files.writeString(lines, String.join("\n",
                "{\"url\": \"https://types.example/" + tag + "/epoch\", \"text\": \"" + text + "\", \"publishedAt\": 1552460400}",
                "{\"url\": \"https://types.example/" + tag + "/number\", \"text\": 5}",
                "{\"url\": \"https://types.example/" + tag + "/title\", \"text\": \"" + text + "\", \"title\": [\"a\"]}",
                "{\"url\": \"https://types.example/" + tag + "/ok\", \"text\": \"" + text + "\", \"publishedAt\": null}") + "\n");

        JsonPath done = Imports.awaitEnd(Imports.upload(lines, "application/x-ndjson"));

        assertThat(done.getLong("stored")).isEqualTo(1);
        assertThat(done.getMap("failed")).containsOnly(Map.entry("invalid-input", 3));
        assertThat(done.getList("problems.line")).containsExactly(1, 2, 3);
        assertThat(done.getList("problems.detail", String.class)).satisfiesExactly(
                d -> assertThat(d).contains("line 1").contains("publishedAt must be a JSON string, not number 1552460400"),
                d -> assertThat(d).contains("line 2").contains("text must be a JSON string"),
                d -> assertThat(d).contains("line 3").contains("title must be a JSON string, not array"));
        Imports.articleAt("https://types.example/" + tag + "/ok");
    }

    @Test
    void anImportThatStoresNothingFailsSayingWhyAndItsJobCountsTheRecordsRead() throws Exception {
        Path lines = dir.resolve("nothing-" + UUID.randomUUID() + ".ndjson");
        Files.writeString(lines, "{\"url\": \"https://nothing.example/a\"}\nnot json at all\n");

        JsonPath ended = Imports.awaitEnd(Imports.upload(lines, "application/x-ndjson"));

        assertThat(ended.getString("status")).isEqualTo("failed");
        assertThat(ended.getString("error")).contains("nothing was stored").contains("of 2 records read")
                .contains("ndjson-missing-field").contains("ndjson-not-json");
        assertThat(ended.getString("recordsPerSecond")).as("no rate over milliseconds").isNull();
        given().get("/api/jobs/" + ended.getString("jobId")).then().statusCode(200)
                .body("status", equalTo("succeeded")).body("done", equalTo(2)).body("total", equalTo(2));
    }

    @Test
    void anImportInterruptedMidFileResumesFromItsLastCommittedRecordWithTheSameCounts() {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Path warc = fixtures.standardWarc(dir.resolve("crash-" + fixtures.tag + ".warc.gz"), true);
        Imports.PlannedCrash.ARMED.set(4); // steps of 3 records: the second step (records 4-6) is lost once

        String id = Imports.upload(warc, "application/warc");
        JsonPath done = Imports.awaitEnd(id);

        assertThat(Imports.PlannedCrash.crashed).hasToString(id);
        assertStandardCounts(done, 4, 1);
        fixtures.pages.keySet().forEach(Imports::articleAt);
        given().get("/api/jobs/" + done.getString("jobId")).then().statusCode(200)
                .body("lastError", containsString("planned crash")).body("status", equalTo("succeeded"));
    }

    @Test
    void anUploadOverTheCapIsRefusedBeforeItIsRead() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        given().contentType("application/warc").body(big).post("/api/imports").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413))
                .body("detail", containsString("over the import cap of 2097152 bytes"));
        // without a Content-Length (chunked), refused once the cap is passed
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/imports")).header("Content-Type", "application/warc")
                .header("Authorization", "Bearer " + io.wiretrace.support.Api.BOOTSTRAP_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("over the import cap");
    }

    @Test
    void onlyPlainNamesOfTheImportDirectoryAreAccepted() throws Exception {
        Files.createDirectories(Path.of(importDir));
        for (String name : new String[] {"../pom.xml", "/etc/passwd", "sub/file.warc", "..", "nope-missing.warc"}) {
            given().contentType(ContentType.JSON).body(Map.of("file", name)).post("/api/imports").then()
                    .statusCode(400).contentType("application/problem+json").body("field", equalTo("file"));
        }
        Path link = Path.of(importDir).resolve("escape-" + System.nanoTime() + ".warc");
        Files.createSymbolicLink(link, Path.of("pom.xml").toAbsolutePath());
        given().contentType(ContentType.JSON).body(Map.of("file", link.getFileName().toString())).post("/api/imports")
                .then().statusCode(400).body("detail", containsString("is not a file of the import directory"));
    }

    @Test
    void badRequestsAreProblems() {
        given().contentType("text/plain").body("hello").post("/api/imports").then().statusCode(415)
                .contentType("application/problem+json");
        given().contentType("application/octet-stream").body("neither warc nor zip nor json".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/imports")
                .then().statusCode(400).body("field", equalTo("body"));
        given().get("/api/imports/not-a-uuid").then().statusCode(400).body("field", equalTo("id"));
        given().get("/api/imports/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anImportCanBeCancelled() {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Path warc = fixtures.standardWarc(dir.resolve("cancel-" + fixtures.tag + ".warc.gz"), true);
        String id = Imports.upload(warc, "application/warc");
        String status = given().delete("/api/imports/" + id).then().statusCode(200).extract().path("status");
        JsonPath ended = Imports.awaitEnd(id);
        assertThat(ended.getString("status")).isIn("cancelled", "done").isEqualTo(status.equals("done") ? "done" : "cancelled");
        given().post("/api/imports/" + id + "/cancel").then().statusCode(200).body("status", equalTo(ended.getString("status")));
        given().get("/api/imports").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void aCancelledImportsUploadIsDeletedFromTheImportStore() throws Exception {
        // 300 lines, 3 a step: the cancel comes long before the last step
        String tag = UUID.randomUUID().toString();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            lines.append("{\"url\": \"https://cancelled.example/").append(tag).append('/').append(i)
                    .append("\", \"text\": \"Ferry ").append(i).append(" of case ").append(tag)
                    .append(" left the harbour.\"}\n");
        }
        Path file = dir.resolve("cancelled-" + tag + ".ndjson");
        Files.writeString(file, lines);
        String id = Imports.upload(file, "application/x-ndjson");
        given().post("/api/imports/" + id + "/cancel").then().statusCode(200).body("status", equalTo("cancelled"));
        String job = given().get("/api/imports/" + id).then().statusCode(200).extract().path("jobId");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> "succeeded".equals(
                given().get("/api/jobs/" + job).then().statusCode(200).extract().path("status")));
        String sha = sha256(file);
        try (var stored = Files.list(Path.of(importStore))) {
            assertThat(stored.filter(p -> {
                try {
                    return sha256(p).equals(sha);
                } catch (Exception e) {
                    return false; // deleted meanwhile by another import's end
                }
            })).as("the cancelled import's upload in %s", importStore).isEmpty();
        }
        assertThat(given().get("/api/imports/" + id).then().extract().<String>path("status")).isEqualTo("cancelled");
    }

    private static void assertStandardCounts(JsonPath done, int stored, int duplicates) {
        assertThat(done.getString("status")).isEqualTo("done");
        assertThat(done.getLong("recordsRead")).isEqualTo(10);
        assertThat(done.getLong("stored")).isEqualTo(stored);
        assertThat(done.getLong("duplicates")).isEqualTo(duplicates);
        assertThat(done.getLong("context")).isEqualTo(3);
        assertThat(done.getMap("skipped")).containsOnly(Map.entry("not-html", 1), Map.entry("http-status", 1));
        assertThat(done.getMap("failed")).isEmpty();
        assertThat(done.getLong("etaSeconds")).isZero();
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
