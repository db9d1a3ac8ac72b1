package io.wiretrace.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Tells whether a body without a Content-Type is HTML, by the tag it opens with (the WHATWG MIME sniffing list:
 * doctype, html, head, body, script, a comment and a few common block tags).
 */
public final class HtmlSniffer {

    private static final List<String> OPENERS = List.of("<!doctype html", "<html", "<head", "<script", "<iframe",
            "<h1", "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--");

    private HtmlSniffer() {
    }

    public static boolean looksLikeHtml(byte[] body) {
        int start = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        while (start < body.length && (body[start] == ' ' || body[start] == '\t' || body[start] == '\n'
                || body[start] == '\r' || body[start] == '\f')) {
            start++;
        }
        String head = new String(body, start, Math.min(body.length - start, 32), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String opener : OPENERS) {
            if (head.startsWith(opener) && isTagEnd(head, opener.length())) {
                return true;
            }
        }
        return false;
    }

    /** The opener must be followed by a space or '>' ("<a" must not match "<article" or "<abbr"). */
    private static boolean isTagEnd(String head, int at) {
        if (at >= head.length()) {
            return false;
        }
        char c = head.charAt(at);
        return c == ' ' || c == '>' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
