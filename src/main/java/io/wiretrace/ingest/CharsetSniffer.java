package io.wiretrace.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the charset of an HTML body: the Content-Type header's charset parameter, else a byte-order mark, else a
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the first bytes, else UTF-8. Labels are mapped
 * as browsers map them (ISO-8859-1, Latin-1 and US-ASCII decode as windows-1252), since pages labelled Latin-1 routinely
 * contain windows-1252 quotes and dashes. Decoding replaces malformed bytes and never throws.
 */
final class CharsetSniffer {

    /** How far into the body a meta charset is looked for. */
    static final int META_SCAN_BYTES = 4096;

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)");
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-:.]+)");

    /** A chosen charset and how many leading BOM bytes to skip. */
    record Choice(Charset charset, int bomLength) {
        String decode(byte[] body) {
            return new String(body, bomLength, body.length - bomLength, charset);
        }
    }

    private CharsetSniffer() {
    }

    static Choice choose(String contentTypeHeader, byte[] body) {
        int bom = bomLength(body);
        Optional<Charset> fromHeader = contentTypeHeader == null ? Optional.empty()
                : find(HEADER_CHARSET, contentTypeHeader).flatMap(CharsetSniffer::lookup);
        if (fromHeader.isPresent()) {
            return new Choice(fromHeader.get(), bomMatches(body, bom, fromHeader.get()) ? bom : 0);
        }
        if (bom > 0) {
            return new Choice(bomCharset(body), bom);
        }
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Optional<Charset> fromMeta = find(META_CHARSET, head).flatMap(CharsetSniffer::lookup)
                // a meta tag readable as ASCII cannot be UTF-16; browsers read such a page as UTF-8
                .map(c -> c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c);
        return new Choice(fromMeta.orElse(StandardCharsets.UTF_8), 0);
    }

    /** The charset label of a Content-Type header, if it has one. */
    static Optional<String> headerCharset(String contentTypeHeader) {
        return find(HEADER_CHARSET, contentTypeHeader);
    }

    /** Resolves a label to a charset the way browsers do for the common aliases; empty when unknown. */
    static Optional<Charset> lookup(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("iso8859-1") || l.equals("us-ascii")
                || l.equals("ascii") || l.equals("l1")) {
            l = "windows-1252";
        }
        try {
            return Optional.of(Charset.forName(l));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
            return 2;
        }
        return 0;
    }

    private static Charset bomCharset(byte[] b) {
        if ((b[0] & 0xFF) == 0xEF) {
            return StandardCharsets.UTF_8;
        }
        return (b[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }

    /** Skip a BOM under a header charset only when it is that charset's own BOM. */
    private static boolean bomMatches(byte[] body, int bom, Charset charset) {
        return bom > 0 && (bomCharset(body).equals(charset)
                || (charset.equals(StandardCharsets.UTF_16) && bom == 2));
    }
}
