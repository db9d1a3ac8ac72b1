package io.wiretrace.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Web archives written by the tests with jwarc from the team's own pages and texts ({@code src/test/resources/pages},
 * {@code texts}): never pages of the shared corpus. Each archive gets a random tag in its URLs, so archives of
 * different tests never share an article.
 */
public final class ArchiveFixtures {

    public static final Instant CAPTURED = Instant.parse("2019-03-14T09:26:53Z");
    public static final Instant REVISITED = Instant.parse("2019-03-15T10:00:00Z");

    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    /** URL -> the HTTP body each stored page must have, byte for byte. */
    public final Map<String, byte[]> pages = new LinkedHashMap<>();

    /** An HTML page built from a text of {@code texts/}, in the given charset (declared in its Content-Type). */
    public static byte[] page(String title, String text, Charset charset) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"")
                .append(charset.name()).append("\"><title>").append(title).append("</title></head><body><article><h1>")
                .append(title).append("</h1>");
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>").append(paragraph.strip()).append("</p>");
        }
        return html.append("</article></body></html>").toString().getBytes(charset);
    }

    /**
     * A fixture text of {@code /texts/} with every ASCII letter moved one place on (a → b, z → a): the archives' pages
     * and their copies still match each other, but never the same texts that the reuse and provenance tests store in
     * the same database (an archive's pages are first seen at their capture time, years earlier, so they would become
     * the earliest source of those tests' copies).
     */
    public static String text(String name) {
        String plain = new String(LocalSite.resource("/texts/" + name), StandardCharsets.UTF_8);
        StringBuilder shifted = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            shifted.append(c >= 'a' && c <= 'z' ? (char) ('a' + (c - 'a' + 1) % 26)
                    : c >= 'A' && c <= 'Z' ? (char) ('A' + (c - 'A' + 1) % 26) : c);
        }
        return shifted.toString();
    }

    public String url(String path) {
        return "https://harbor-gazette.example/" + tag + "/" + path;
    }

    /**
     * The standard archive: warcinfo, request, two response pages (one in ISO-8859-1), an HTML resource, a revisit of
     * the first page at the same URL (a duplicate) and one at another URL (a new article with the same body), a PNG, a
     * 404 and a metadata record. 10 records: 4 stored, 1 duplicate, 3 context, skipped: not-html 1, http-status 1,
     * and the second revisit resolved.
     */
    public Path standardWarc(Path file, boolean gzip) {
        byte[] budget = page("Marrowby budget " + tag, text("council-budget.txt"), StandardCharsets.UTF_8);
        byte[] theft = page("Museum theft café " + tag, text("museum-theft.txt"), StandardCharsets.ISO_8859_1);
        byte[] harbor = LocalSite.resource("/pages/harbor-article.html");
        try (WarcWriter warc = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            warc.write(new Warcinfo.Builder().filename(file.getFileName().toString()).date(CAPTURED)
                    .fields(Map.of("software", List.of("Wiretrace tests"))).build());
            warc.write(new WarcRequest.Builder(URI.create(url("budget"))).date(CAPTURED)
                    .body(new HttpRequest.Builder("GET", "/" + tag + "/budget").addHeader("Host", "harbor-gazette.example")
                            .build()).build());
            WarcResponse first = response(url("budget"), 200, "text/html; charset=utf-8", budget, CAPTURED);
            warc.write(first);
            warc.write(response(url("theft"), 200, "text/html; charset=ISO-8859-1", theft, CAPTURED));
            warc.write(new WarcResource.Builder(URI.create(url("harbor"))).date(CAPTURED)
                    .body(MediaType.parse("text/html"), harbor).build());
            warc.write(new WarcRevisit.Builder(URI.create(url("budget")), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                    .refersTo(first.id(), URI.create(url("budget")), CAPTURED).date(REVISITED).build());
            warc.write(new WarcRevisit.Builder(URI.create(url("budget-mirror")), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                    .refersTo(first.id(), URI.create(url("budget")), CAPTURED).date(REVISITED).build());
            warc.write(response(url("logo.png"), 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}, CAPTURED));
            warc.write(response(url("missing"), 404, "text/html", page("Not found", text("bakery-feature.txt"),
                    StandardCharsets.UTF_8), CAPTURED));
            warc.write(new WarcMetadata.Builder().targetURI(url("budget")).date(CAPTURED)
                    .body(MediaType.parse("application/warc-fields"), "outlinks: none\r\n".getBytes(StandardCharsets.UTF_8))
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.put(url("budget"), budget);
        pages.put(url("theft"), theft);
        pages.put(url("harbor"), harbor);
        pages.put(url("budget-mirror"), budget);
        return file;
    }

    /**
     * A gzip WARC with bad records between good ones: good, malformed header, good, over {@code cap} bytes, unknown
     * charset, truncated gzip member, good, a revisit of a capture not in the archive. 3 stored; failed:
     * malformed-warc-header, record-too-large, unknown-charset, truncated-gzip (one each); skipped: revisit-unresolved.
     */
    public Path badWarc(Path file, int cap) {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(gzipRecord(response(url("good-1"), 200, "text/html", page("Dam " + tag, text("dam-report.txt"),
                    StandardCharsets.UTF_8), CAPTURED)));
            out.write(gzip("WARC/1.1\r\nthis line is not a header field\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            out.write(gzipRecord(response(url("good-2"), 200, "text/html", page("Council " + tag,
                    text("council-budget.txt"), StandardCharsets.UTF_8), CAPTURED)));
            out.write(gzipRecord(response(url("huge"), 200, "text/html", new byte[cap + 1000], CAPTURED)));
            out.write(gzipRecord(response(url("charset"), 200, "text/html; charset=x-wiretrace-unknown",
                    page("Bakery " + tag, text("bakery-feature.txt"), StandardCharsets.UTF_8), CAPTURED)));
            byte[] truncated = gzipRecord(response(url("truncated"), 200, "text/html", page("Theft " + tag,
                    text("museum-theft.txt"), StandardCharsets.UTF_8), CAPTURED));
            out.write(truncated, 0, truncated.length - 40);
            out.write(gzipRecord(response(url("good-3"), 200, "text/html", page("Theft copy " + tag,
                    text("museum-theft-copy.txt"), StandardCharsets.UTF_8), CAPTURED)));
            out.write(gzipRecord(new WarcRevisit.Builder(URI.create(url("elsewhere")), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                    .refersTo(URI.create("urn:uuid:" + UUID.randomUUID()), URI.create(url("never-captured")), CAPTURED)
                    .date(REVISITED).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A WACZ holding the standard archive (gzip) under {@code archive/}, with pages.jsonl and datapackage.json. */
    public Path wacz(Path file, Path scratch) {
        Path warc = standardWarc(scratch.resolve("data-" + tag + ".warc.gz"), true);
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("archive/data.warc.gz"));
            Files.copy(warc, zip);
            zip.putNextEntry(new java.util.zip.ZipEntry("pages/pages.jsonl"));
            zip.write(("{\"format\":\"json-pages-1.0\",\"id\":\"pages\"}\n{\"url\":\"" + url("budget") + "\",\"ts\":\""
                    + CAPTURED + "\"}\n").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("datapackage.json"));
            zip.write("{\"profile\":\"data-package\",\"wacz_version\":\"1.1.1\",\"resources\":[]}".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * NDJSON: an HTML article, a text article, a line that is not JSON, a line without url, a blank line, an HTML
     * article again (a duplicate). 2 stored, 1 duplicate; failed: ndjson-not-json (line 3), ndjson-missing-field (line 4).
     */
    public Path ndjson(Path file) {
        String html = new String(page("Dam " + tag, text("dam-report.txt"), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        String first = "{\"url\":" + json(url("dam")) + ",\"html\":" + json(html) + ",\"fetchedAt\":\"2019-03-14T09:26:53Z\"}";
        List<String> lines = new ArrayList<>(List.of(first,
                "{\"url\":" + json(url("bakery")) + ",\"text\":" + json(text("bakery-feature.txt") + "\nRef " + tag)
                        + ",\"outlet\":\"Harbor Gazette\",\"title\":\"Bakery keeps its ovens\",\"publishedAt\":\"2019-03-13T08:00:00+01:00\"}",
                "this is not json",
                "{\"html\":\"<p>no url</p>\"}",
                "",
                first));
        pages.put(url("dam"), html.getBytes(StandardCharsets.UTF_8));
        try {
            Files.writeString(file, String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + "\"";
    }

    public static WarcResponse response(String url, int status, String contentType, byte[] body, Instant date) {
        try {
            return new WarcResponse.Builder(URI.create(url)).date(date)
                    .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                            .body(MediaType.parseLeniently(contentType), body).build()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzipRecord(WarcRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter warc = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            warc.write(record);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** The bytes of a stream. */
    public static byte[] bytes(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
