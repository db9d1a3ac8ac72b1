package io.wiretrace.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Removes gzip or deflate content-encoding, stopping at a cap on the decoded size so a small compressed "bomb" cannot
 * expand into gigabytes. "deflate" is accepted both as specified (zlib-wrapped) and as the raw stream some servers send.
 */
final class ContentDecoder {

    private final long maxBytes;

    ContentDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param contentEncoding the Content-Encoding header, may be null; codings are undone last-applied first
     * @throws FetchException TOO_LARGE when the decoded body passes the cap, NETWORK when the coding is unknown or the
     *                        stream is corrupt
     */
    byte[] decode(byte[] body, String contentEncoding) {
        if (contentEncoding == null || contentEncoding.isBlank()) {
            return body;
        }
        String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split(",");
        byte[] current = body;
        for (int i = codings.length - 1; i >= 0; i--) {
            current = decodeOne(current, codings[i].trim());
        }
        return current;
    }

    private byte[] decodeOne(byte[] body, String coding) {
        try {
            return switch (coding) {
                case "", "identity" -> body;
                case "gzip", "x-gzip" -> readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), coding);
                case "deflate" -> inflate(body);
                default -> throw new FetchException(FetchException.Reason.NETWORK,
                        "unsupported content-encoding '" + coding + "' (asked only for gzip, deflate)");
            };
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.NETWORK, "corrupt " + coding + " body: " + e.getMessage(), 0, e);
        }
    }

    private byte[] inflate(byte[] body) throws IOException {
        Inflater inflater = new Inflater(!looksLikeZlib(body));
        try {
            return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), inflater), "deflate");
        } finally {
            inflater.end(); // an Inflater passed in is not ended by the stream; free its native memory
        }
    }

    private byte[] readCapped(InputStream in, String coding) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) > 0) {
                if (out.size() + (long) n > maxBytes) {
                    throw new FetchException(FetchException.Reason.TOO_LARGE,
                            "decompressed " + coding + " body exceeds the cap of " + maxBytes + " bytes");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** RFC 1950 header: compression method 8 and a header checksum divisible by 31. */
    static boolean looksLikeZlib(byte[] body) {
        if (body.length < 2) {
            return false;
        }
        int cmf = body[0] & 0xFF;
        int flg = body[1] & 0xFF;
        return (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;
    }
}
