package io.wiretrace.archive;

import io.wiretrace.provenance.export.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netpreserve.jwarc.URIs;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The CDXJ index of a WARC, as replay tools read it from a WACZ ({@code indexes/index.cdx}): one line per
 * {@code response} or {@code resource} record, {@code <SURT> <14-digit timestamp> <JSON>} with the URL, media type,
 * status, payload digest, the record's offset and length in the WARC and its file name, sorted. Stateless.
 */
final class CdxjIndex {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private CdxjIndex() {
    }

    static String of(Path warc) throws IOException {
        String fileName = warc.getFileName().toString();
        long size = Files.size(warc);
        List<String> lines = new ArrayList<>();
        try (WarcReader reader = new WarcReader(warc)) {
            Optional<WarcRecord> next = reader.next();
            while (next.isPresent()) {
                WarcRecord record = next.get();
                long offset = reader.position();
                String line = record instanceof WarcCaptureRecord capture && !record.type().equals("metadata")
                        && !record.type().equals("request") ? head(capture) : null;
                next = reader.next();
                if (line != null) {
                    long length = (next.isPresent() ? reader.position() : size) - offset;
                    lines.add(line + ",\"offset\":\"" + offset + "\",\"length\":\"" + length + "\",\"filename\":"
                            + Json.str(fileName) + "}");
                }
            }
        }
        lines.sort(null);
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** The line up to its JSON's last fields, read before the reader moves past the record. */
    private static String head(WarcCaptureRecord record) throws IOException {
        String url = record.target();
        String status = record instanceof WarcResponse response ? Integer.toString(response.http().status()) : "200";
        String mime = record instanceof WarcResponse response ? response.http().contentType().base().toString()
                : record.contentType().base().toString();
        String digest = record.payloadDigest().map(d -> d.prefixedBase32()).orElse(null);
        return surt(url) + " " + TIMESTAMP.format(record.date()) + " {\"url\":" + Json.str(url) + ",\"mime\":"
                + Json.str(mime) + ",\"status\":\"" + status + "\"" + (digest == null ? "" : ",\"digest\":" + Json.str(digest));
    }

    private static String surt(String url) {
        return URIs.hasHttpOrHttpsScheme(url) ? URIs.toNormalizedSurt(url) : url;
    }
}
