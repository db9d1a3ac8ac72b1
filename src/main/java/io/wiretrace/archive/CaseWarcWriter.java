package io.wiretrace.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes a case (the articles of a story or a chain) as a WARC with jwarc, gzip per record: a {@code warcinfo}, a
 * {@code response} record per HTML page (its stored snapshot as the HTTP body, its original URL and fetch date), a
 * {@code resource} record per text, and a {@code metadata} record holding the case's PROV-JSON. Stateless.
 */
public final class CaseWarcWriter {

    /** HTTP headers that described the body as it travelled, not as stored: the record states its own length. */
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection");

    /** Writes the WARC; {@code caseUri} (e.g. {@code urn:wiretrace:story:article:12}) is the metadata's target. */
    public void write(OutputStream out, String fileName, List<ArchivedArticle> articles, String caseUri, String provJson)
            throws IOException {
        WarcWriter warc = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP);
        warc.write(new Warcinfo.Builder().filename(fileName).date(Instant.now())
                .fields(Map.of("software", List.of("Wiretrace"), "format", List.of("WARC File Format 1.1"),
                        "description", List.of("Case file " + caseUri + ": stored snapshots and their provenance")))
                .build());
        for (ArchivedArticle article : articles) {
            if (article.page()) {
                warc.write(response(article));
            } else {
                warc.write(resource(article));
            }
        }
        warc.write(new WarcMetadata.Builder().targetURI(caseUri).date(Instant.now())
                .body(MediaType.JSON, provJson.getBytes(StandardCharsets.UTF_8)).build());
        out.flush();
    }

    /** A text as a {@code resource} record; its outlet, title and publication time in extension fields. */
    private static WarcResource resource(ArchivedArticle article) {
        WarcResource.Builder record = new WarcResource.Builder().setHeader("WARC-Target-URI", article.targetUri())
                .date(article.capturedAt());
        TextFacts facts = article.text();
        java.util.function.BiConsumer<String, String> field = (name, value) -> {
            if (value != null && !value.isBlank()) {
                record.addHeader(name, TextFacts.oneLine(value));
            }
        };
        field.accept(TextFacts.OUTLET, facts.outlet());
        field.accept(TextFacts.TITLE, facts.title());
        field.accept(TextFacts.PUBLISHED_AT, facts.publishedAt());
        return record.body(MediaType.parseLeniently(contentType(article)), article.body()).build();
    }

    private static WarcResponse response(ArchivedArticle article) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(article.status(), reason(article.status()));
        article.headers().forEach((name, value) -> {
            if (!FRAMING.contains(name.toLowerCase(Locale.ROOT)) && !name.equalsIgnoreCase("Content-Type")) {
                http.addHeader(name, value);
            }
        });
        http.body(MediaType.parseLeniently(contentType(article)), article.body());
        return new WarcResponse.Builder(article.targetUri()).date(article.capturedAt())
                .body(http.build()).build();
    }

    private static String contentType(ArchivedArticle article) {
        return article.contentType() == null ? "application/octet-stream" : article.contentType();
    }

    private static String reason(int status) {
        return status == 200 ? "OK" : "Status " + status;
    }
}
