package io.wiretrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {

    @Test
    void headerWinsOverMeta() {
        byte[] body = "<meta charset=windows-1252><p>x".getBytes(StandardCharsets.US_ASCII);
        assertThat(CharsetSniffer.choose("text/html; charset=UTF-8", body).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf16ByteOrderMarksAreHonouredAndSkipped() {
        byte[] le = {(byte) 0xFF, (byte) 0xFE, '<', 0, 'p', 0, '>', 0};
        CharsetSniffer.Choice choice = CharsetSniffer.choose(null, le);
        assertThat(choice.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(choice.decode(le)).isEqualTo("<p>");
    }

    @Test
    void metaClaimingUtf16IsReadAsUtf8() {
        byte[] body = "<meta charset=\"utf-16\"><p>\u00e9".getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.choose("text/html", body).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void metaBeyondTheScanWindowIsIgnored() {
        String padding = "<!--" + "x".repeat(CharsetSniffer.META_SCAN_BYTES) + "-->";
        byte[] body = (padding + "<meta charset=windows-1252>").getBytes(StandardCharsets.US_ASCII);
        assertThat(CharsetSniffer.choose(null, body).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void htmlSnifferNeedsARealOpeningTag() {
        assertThat(HtmlSniffer.looksLikeHtml(" <!DOCTYPE html><html>".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(HtmlSniffer.looksLikeHtml("<p>hi".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(HtmlSniffer.looksLikeHtml("<article>".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(HtmlSniffer.looksLikeHtml("{\"json\":1}".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }
}
