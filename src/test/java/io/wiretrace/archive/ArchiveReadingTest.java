package io.wiretrace.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.support.ArchiveFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading WARC, WACZ and NDJSON files written by the tests with jwarc: every record, every bad one by reason. */
class ArchiveReadingTest {

    @TempDir
    Path dir;

    private final ArchiveFiles files = new ArchiveFiles(300_000);

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aWarcIsReadRecordByRecordInStepsWithBodiesByteForByte(boolean gzip) {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Path warc = fixtures.standardWarc(dir.resolve("a.warc" + (gzip ? ".gz" : "")), gzip);
        assertThat(ArchiveFormat.detect(head(warc))).contains(ArchiveFormat.WARC);

        List<ArchiveItem> all = readAll(ArchiveFormat.WARC, warc, 3);

        assertThat(all).hasSize(10);
        assertThat(all.stream().filter(ContextRecord.class::isInstance)).hasSize(3);
        List<Capture> captures = all.stream().filter(Capture.class::isInstance).map(Capture.class::cast).toList();
        assertThat(captures).extracting(Capture::recordType)
                .containsExactly("response", "response", "resource", "revisit", "revisit");
        assertThat(captures.get(0).body()).isEqualTo(fixtures.pages.get(fixtures.url("budget")));
        assertThat(captures.get(1).body()).isEqualTo(fixtures.pages.get(fixtures.url("theft")));
        assertThat(captures.get(1).contentType()).containsIgnoringCase("charset=ISO-8859-1");
        assertThat(captures.get(0).date()).isEqualTo(ArchiveFixtures.CAPTURED);
        assertThat(captures.get(3).refersTo()).isEqualTo(captures.get(0).recordId());
        assertThat(problems(all)).containsOnly(Map.entry("not-html", 1L), Map.entry("http-status", 1L));
        // offsets are where each record starts: reading from one gives that record again
        Capture theft = captures.get(1);
        ReadStep again = files.read(ArchiveFormat.WARC, warc, new Cursor(0, theft.offset(), 0), 1);
        assertThat(((Capture) again.items().get(0)).recordId()).isEqualTo(theft.recordId());
    }

    @Test
    void warc10RecordsAreReadLikeWarc11Ones() throws Exception {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        byte[] page = ArchiveFixtures.page("Dam " + fixtures.tag, ArchiveFixtures.text("dam-report.txt"), StandardCharsets.UTF_8);
        Path warc = dir.resolve("old.warc");
        try (var writer = new org.netpreserve.jwarc.WarcWriter(Files.newByteChannel(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE))) {
            writer.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create(fixtures.url("old")))
                    .version(org.netpreserve.jwarc.MessageVersion.WARC_1_0).date(ArchiveFixtures.CAPTURED)
                    .body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                            .body(org.netpreserve.jwarc.MediaType.HTML, page).build()).build());
        }
        assertThat(Files.readString(warc, StandardCharsets.ISO_8859_1)).startsWith("WARC/1.0");
        List<ArchiveItem> all = readAll(ArchiveFormat.WARC, warc, 5);
        assertThat(all).singleElement().isInstanceOfSatisfying(Capture.class, c -> {
            assertThat(c.body()).isEqualTo(page);
            assertThat(c.date()).isEqualTo(ArchiveFixtures.CAPTURED);
            assertThat(c.offset()).isZero();
        });
    }

    @Test
    void badGzipRecordsAreCountedByReasonAndReadingGoesOnAfterThem() {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Path warc = fixtures.badWarc(dir.resolve("bad.warc.gz"), 300_000);

        List<ArchiveItem> all = readAll(ArchiveFormat.WARC, warc, 2);

        assertThat(all.stream().filter(Capture.class::isInstance).map(c -> ((Capture) c).targetUri()))
                .containsExactly(fixtures.url("good-1"), fixtures.url("good-2"), fixtures.url("charset"),
                        fixtures.url("good-3"), fixtures.url("elsewhere"));
        assertThat(problems(all)).containsOnly(Map.entry("malformed-warc-header", 1L), Map.entry("record-too-large", 1L),
                Map.entry("truncated-gzip", 1L));
        all.stream().filter(RecordProblem.class::isInstance).map(RecordProblem.class::cast)
                .forEach(p -> assertThat(p.offset()).isPositive());
    }

    @Test
    void aMalformedHeaderInAPlainWarcIsPassedOver() throws Exception {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Path good = fixtures.standardWarc(dir.resolve("good.warc"), false);
        byte[] bytes = Files.readAllBytes(good);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int second = text.indexOf("WARC/1.", text.indexOf("WARC/1.", text.indexOf("WARC/1.") + 1) + 1);
        byte[] broken = (text.substring(0, second) + "WARC/1.1\r\nno colon here\r\n\r\n" + text.substring(second))
                .getBytes(StandardCharsets.ISO_8859_1);
        Path bad = Files.write(dir.resolve("bad.warc"), broken);

        List<ArchiveItem> all = readAll(ArchiveFormat.WARC, bad, 4);

        assertThat(problems(all)).containsEntry("malformed-warc-header", 1L);
        assertThat(all.stream().filter(Capture.class::isInstance)).hasSize(5);
        assertThat(all.stream().filter(RecordProblem.class::isInstance).map(RecordProblem.class::cast)
                .filter(p -> p.reason().equals(Reasons.MALFORMED_WARC)).findFirst().orElseThrow().offset())
                .isEqualTo(second);
    }

    @Test
    void aWaczIsReadMemberByMemberAndAZipThatIsNoWaczIsOneProblem() throws Exception {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Path wacz = fixtures.wacz(dir.resolve("a.wacz"), dir);
        assertThat(ArchiveFormat.detect(head(wacz))).contains(ArchiveFormat.WACZ);
        List<ArchiveItem> all = readAll(ArchiveFormat.WACZ, wacz, 4);
        assertThat(all).hasSize(10);
        assertThat(all.stream().filter(Capture.class::isInstance).map(c -> ((Capture) c).member()).distinct())
                .containsExactly("archive/data.warc.gz");

        Path zip = dir.resolve("plain.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        ReadStep step = files.read(ArchiveFormat.WACZ, zip, Cursor.START, 10);
        assertThat(step.finished()).isTrue();
        assertThat(problems(step.items())).containsOnly(Map.entry("not-a-wacz", 1L));
    }

    @Test
    void ndjsonLinesComeWithTheirNumbersAndOffsets() {
        ArchiveFixtures fixtures = new ArchiveFixtures();
        Path ndjson = fixtures.ndjson(dir.resolve("a.ndjson"));
        assertThat(ArchiveFormat.detect(head(ndjson))).contains(ArchiveFormat.NDJSON);
        List<ArchiveItem> all = readAll(ArchiveFormat.NDJSON, ndjson, 2);
        assertThat(all).extracting(i -> ((TextLine) i).line()).containsExactly(1L, 2L, 3L, 4L, 6L);
        TextLine third = (TextLine) all.get(2);
        assertThat(third.text()).isEqualTo("this is not json");
        ReadStep fromThird = files.read(ArchiveFormat.NDJSON, ndjson, new Cursor(0, third.offset(), 2), 1);
        assertThat(((TextLine) fromThird.items().get(0)).line()).isEqualTo(3);
    }

    private List<ArchiveItem> readAll(ArchiveFormat format, Path file, int step) {
        List<ArchiveItem> all = new ArrayList<>();
        Cursor cursor = Cursor.START;
        for (int guard = 0; guard < 1000; guard++) {
            ReadStep read = files.read(format, file, cursor, step);
            assertThat(read.items().size()).isLessThanOrEqualTo(step + 1);
            all.addAll(read.items());
            cursor = read.next();
            if (read.finished()) {
                return all;
            }
        }
        throw new AssertionError("reading never finished");
    }

    private static Map<String, Long> problems(List<ArchiveItem> items) {
        return items.stream().filter(RecordProblem.class::isInstance).map(RecordProblem.class::cast)
                .collect(Collectors.groupingBy(RecordProblem::reason, Collectors.counting()));
    }

    private static byte[] head(Path file) {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(ArchiveFormat.HEAD_BYTES);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
