package io.wiretrace.api;

import static io.wiretrace.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.wiretrace.support.ArchiveFixtures;
import io.wiretrace.support.ProvJsonSchema;
import io.wiretrace.support.SharedCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * {@code ?format=warc|wacz} of a story and of an article's chain: read back with jwarc, every page byte for byte with
 * its URI and date, the PROV-JSON metadata record valid, texts as resource records, WACZ digests that verify.
 */
@QuarkusTest
class ArchiveExportTest {

    @TempDir
    Path dir;

    /** A record read back: type, target, date, body (HTTP body for a response). */
    record Read(String type, String target, String date, byte[] body) {
    }

    @Test
    void theWarcOfAStoryYieldsEveryPageByteForByteWithItsUriDateAndProvMetadata() throws Exception {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Imports.awaitEnd(Imports.upload(fixtures.standardWarc(dir.resolve("story.warc.gz"), true), "application/warc"));
        long budget = Imports.articleAt(fixtures.url("budget"));
        long mirror = Imports.articleAt(fixtures.url("budget-mirror"));
        Matching.awaitMatched((int) budget);
        Matching.awaitMatched((int) mirror);
        List<String> members = given().get("/api/stories/" + budget).then().statusCode(200).extract().path("members.id");
        assertThat(members).contains("article:" + budget, "article:" + mirror);

        io.restassured.response.Response exported = given().queryParam("format", "warc")
                .get("/api/stories/" + budget + "/export");
        byte[] warc = exported.then().statusCode(200).contentType("application/warc").extract().asByteArray();

        List<Read> records = read(warc);
        assertThat(records.get(0).type()).isEqualTo("warcinfo");
        Map<String, Read> responses = new HashMap<>();
        records.stream().filter(r -> r.type().equals("response")).forEach(r -> responses.put(r.target(), r));
        assertThat(responses).containsKeys(fixtures.url("budget"), fixtures.url("budget-mirror"));
        for (String url : List.of(fixtures.url("budget"), fixtures.url("budget-mirror"))) {
            assertThat(responses.get(url).body()).isEqualTo(fixtures.pages.get(url));
        }
        assertThat(responses.get(fixtures.url("budget")).date()).isEqualTo(ArchiveFixtures.CAPTURED.toString());
        assertThat(responses.get(fixtures.url("budget-mirror")).date()).isEqualTo(ArchiveFixtures.REVISITED.toString());
        Read metadata = records.stream().filter(r -> r.type().equals("metadata")).findFirst().orElseThrow();
        assertThat(metadata.target()).startsWith("urn:wiretrace:story:article:"); // the story's own id, as below
        // asked through another member, the archive still names the story by its own id: its smallest article id,
        // at most the budget page's (other tests' copies of these pages may join the story meanwhile)
        byte[] throughMirror = given().queryParam("format", "warc").get("/api/stories/" + mirror + "/export").then()
                .statusCode(200).extract().asByteArray();
        String target = read(throughMirror).stream().filter(r -> r.type().equals("metadata")).findFirst().orElseThrow()
                .target();
        assertThat(target).startsWith("urn:wiretrace:story:article:");
        long storyId = Long.parseLong(target.substring("urn:wiretrace:story:article:".length()));
        assertThat(storyId).isLessThanOrEqualTo(budget);
        // the file is named so too, through either member
        assertThat(exported.getHeader("Content-Disposition")).contains("\"story-" + storyId + ".warc.gz\"");
        given().queryParam("format", "csv").get("/api/stories/" + mirror + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString("\"story-" + storyId + ".csv\""));
        String prov = new String(metadata.body(), StandardCharsets.UTF_8);
        assertThat(ProvJsonSchema.errors(prov)).isEmpty();
        assertThat(prov).contains("article:" + budget, "article:" + mirror);

        byte[] chain = given().queryParam("format", "warc").get("/api/articles/" + mirror + "/provenance/export")
                .then().statusCode(200).contentType("application/warc").extract().asByteArray();
        List<Read> chainRecords = read(chain);
        assertThat(chainRecords).anyMatch(r -> r.type().equals("response") && r.target().equals(fixtures.url("budget-mirror")));
        assertThat(chainRecords).anyMatch(r -> r.type().equals("metadata")
                && r.target().equals("urn:wiretrace:chain:article:" + mirror));
    }

    @Test
    void theWaczOfAStoryHasDigestsThatVerifyAndItsWarcReadsBack() throws Exception {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Imports.awaitEnd(Imports.upload(fixtures.standardWarc(dir.resolve("wacz.warc.gz"), true), "application/warc"));
        long theft = Imports.articleAt(fixtures.url("theft"));

        byte[] wacz = given().queryParam("format", "wacz").get("/api/stories/" + theft + "/export").then()
                .statusCode(200).contentType("application/wacz").extract().asByteArray();

        Map<String, byte[]> entries = unzip(wacz);
        assertThat(entries).containsKeys("datapackage.json", "archive/data.warc.gz", "pages/pages.jsonl",
                "indexes/index.cdx");
        JsonNode datapackage = new ObjectMapper().readTree(entries.get("datapackage.json"));
        assertThat(datapackage.path("wacz_version").asText()).startsWith("1.1");
        assertThat(datapackage.path("resources")).hasSize(3);
        for (JsonNode resource : datapackage.path("resources")) {
            byte[] bytes = entries.get(resource.path("path").asText());
            assertThat(resource.path("hash").asText()).isEqualTo("sha256:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(resource.path("bytes").asLong()).isEqualTo(bytes.length);
        }
        List<Read> records = read(entries.get("archive/data.warc.gz"));
        assertThat(records).anyMatch(r -> r.type().equals("response") && r.target().equals(fixtures.url("theft"))
                && java.util.Arrays.equals(r.body(), fixtures.pages.get(fixtures.url("theft"))));
        assertThat(new String(entries.get("pages/pages.jsonl"), StandardCharsets.UTF_8)).contains(fixtures.url("theft"));
        // the CDXJ index points at each record: reading the WARC from a line's offset gives that record
        String theftLine = new String(entries.get("indexes/index.cdx"), StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("\"url\":\"" + fixtures.url("theft") + "\"")).findFirst().orElseThrow();
        assertThat(theftLine).startsWith("example,harbor-gazette)/").contains("\"filename\":\"data.warc.gz\"");
        JsonNode entry = new ObjectMapper().readTree(theftLine.substring(theftLine.indexOf('{')));
        byte[] archive = entries.get("archive/data.warc.gz");
        int offset = entry.path("offset").asInt();
        byte[] record = java.util.Arrays.copyOfRange(archive, offset, offset + entry.path("length").asInt());
        assertThat(read(record)).singleElement().satisfies(r -> assertThat(r.target()).isEqualTo(fixtures.url("theft")));
    }

    @Test
    void theSeedStoryExportsItsTextsAsResourceRecords() throws Exception {
        String text = SharedCorpus.read("pages/seed-ndtv.txt");
        long id = given().contentType(ContentType.JSON).body(Map.of("text", text, "outlet", "NDTV")).post("/api/articles")
                .then().extract().jsonPath().getLong("id");

        List<Read> records = read(given().queryParam("format", "warc").get("/api/stories/" + id + "/export").then()
                .statusCode(200).extract().asByteArray());

        Read resource = records.stream().filter(r -> r.target() != null
                && r.target().equals("urn:wiretrace:article:" + id)).findFirst().orElseThrow();
        assertThat(resource.type()).isEqualTo("resource");
        assertThat(resource.body()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(records).anyMatch(r -> r.type().equals("metadata"));
    }

    @Test
    void aTextsOutletTitleAndDateTravelWithItsRecordSoItsImportStoresNothingNew() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String text = "Harbour pilots ended their strike on Tuesday after " + token + " talks.\n\nThe port authority said "
                + "ships would move again by the evening, and that the pilots had accepted a new rota for the winter months.";
        long id = given().contentType(ContentType.JSON).body(Map.of("text", text, "outlet", "Quay Gazette " + token,
                        "title", "Pilots end strike – \u00e9t\u00e9 " + token, "publishedAt", "2025-03-04T05:06:07Z"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] warc = given().queryParam("format", "warc").get("/api/stories/" + id + "/export").then().statusCode(200)
                .extract().asByteArray();

        Map<String, String> fields = new HashMap<>();
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc))) {
            for (WarcRecord record : reader) {
                if (record.type().equals("resource")) {
                    record.headers().map().forEach((name, values) -> fields.put(name, values.get(0)));
                }
            }
        }
        assertThat(fields).containsEntry("WARC-Target-URI", "urn:wiretrace:article:" + id)
                .containsEntry("Wiretrace-Outlet", "Quay Gazette " + token)
                .containsEntry("Wiretrace-Title", "Pilots end strike – \u00e9t\u00e9 " + token)
                .containsEntry("Wiretrace-Published-At", "2025-03-04T05:06:07Z");

        // imported again, the text is the stored article (same text, outlet, title and date), not an outlet-less copy
        Path file = dir.resolve("text-case.warc.gz");
        java.nio.file.Files.write(file, warc);
        JsonPath done = Imports.awaitEnd(Imports.upload(file, "application/warc"));
        assertThat(done.getString("status")).isEqualTo("done");
        assertThat(done.getLong("stored")).isZero();
        assertThat(done.getLong("duplicates")).isEqualTo(1);
        given().queryParam("q", token).get("/api/articles").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aChainsArchiveCarriesTheArticleItsInferredHopQuotes() throws Exception {
        long ndtv = given().contentType(ContentType.JSON).body(Map.of("text", SharedCorpus.read("pages/seed-ndtv.txt"),
                "outlet", "NDTV")).post("/api/articles").then().extract().jsonPath().getLong("id");
        long farm = given().contentType(ContentType.JSON).body(Map.of("text",
                        SharedCorpus.read("pages/seed-nigeriapulse.txt"), "outlet", "nigeriapulse.com"))
                .post("/api/articles").then().extract().jsonPath().getLong("id");
        Matching.awaitMatched((int) farm);
        // the France 24 → AFP hop quotes NDTV's credits: NDTV's text goes into the case file too
        List<Read> records = read(given().queryParam("format", "warc").get("/api/articles/" + farm
                + "/provenance/export").then().statusCode(200).extract().asByteArray());
        assertThat(records).extracting(Read::target).contains("urn:wiretrace:article:" + farm,
                "urn:wiretrace:article:" + ndtv);
    }

    @Test
    void anUnknownFormatNamesTheArchiveFormats() {
        given().queryParam("format", "tar").get("/api/stories/1/export").then().statusCode(400)
                .body("detail", containsString("warc, wacz"));
    }

    static List<Read> read(byte[] warc) throws IOException {
        List<Read> records = new ArrayList<>();
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc))) {
            for (WarcRecord record : reader) {
                String target = record.headers().first("WARC-Target-URI").orElse(null);
                byte[] body;
                if (record instanceof WarcResponse response) {
                    body = response.http().body().stream().readAllBytes();
                } else if (record instanceof WarcResource || record instanceof WarcMetadata) {
                    body = record.body().stream().readAllBytes();
                } else {
                    body = new byte[0];
                }
                records.add(new Read(record.type(), target, record.date().toString(), body));
            }
        }
        return records;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
