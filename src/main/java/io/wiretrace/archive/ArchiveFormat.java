package io.wiretrace.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** The file formats an import reads. */
public enum ArchiveFormat {
    WARC, WACZ, NDJSON;

    /** How many leading bytes {@link #detect} needs. */
    public static final int HEAD_BYTES = 512;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArchiveFormat of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** The format a media type names; empty for {@code application/octet-stream} and unknown types. */
    public static Optional<ArchiveFormat> ofMediaType(String mediaType) {
        String base = mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (base) {
            case "application/warc" -> Optional.of(WARC);
            case "application/zip", "application/wacz", "application/x-zip-compressed" -> Optional.of(WACZ);
            case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines" ->
                    Optional.of(NDJSON);
            default -> Optional.empty();
        };
    }

    /** The format the first bytes of a file show: a zip, a WARC (plain or gzip), or JSON lines; else empty. */
    public static Optional<ArchiveFormat> detect(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of(WACZ);
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return startsWithWarc(gunzipHead(head)) ? Optional.of(WARC) : Optional.empty();
        }
        if (startsWithWarc(head)) {
            return Optional.of(WARC);
        }
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.startsWith("{") ? Optional.of(NDJSON) : Optional.empty();
    }

    private static boolean startsWithWarc(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 5), StandardCharsets.US_ASCII).equals("WARC/");
    }

    private static byte[] gunzipHead(byte[] head) {
        byte[] out = new byte[5];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            int n = in.readNBytes(out, 0, out.length);
            return java.util.Arrays.copyOf(out, n);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
