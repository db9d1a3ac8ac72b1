package io.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortenTest {

    @Test
    void longValuesKeepTheirStartAndEnd() {
        String url = "https://long.example/" + "a".repeat(100_000) + "/end";
        String shown = Shorten.of(url, Shorten.URL);
        assertThat(shown).hasSizeLessThanOrEqualTo(Shorten.URL).startsWith("https://long.example/").endsWith("/end")
                .contains(" … ");
        assertThat(Shorten.of("short", 10)).isEqualTo("short");
        assertThat(Shorten.of(null, 10)).isNull();
    }

    @Test
    void neverSplitsASurrogatePair() {
        String emoji = "😀".repeat(200);
        String shown = Shorten.of(emoji, 101);
        assertThat(shown.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF).count()).isZero();
    }

    @Test
    void veryLongAddressesAreNotLinked() {
        assertThat(Shorten.href("https://a.example/")).isEqualTo("https://a.example/");
        assertThat(Shorten.href("https://a.example/" + "p".repeat(3000))).isNull();
    }

    @Test
    void widthsAreClampedClasses() {
        assertThat(Widths.of(37.4)).isEqualTo("w-37");
        assertThat(Widths.of(-3)).isEqualTo("w-0");
        assertThat(Widths.of(250)).isEqualTo("w-100");
    }
}
