package io.wiretrace.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://www.bbc.co.uk/news/world-123,         bbc.co.uk",
        "edition.cnn.com,                              cnn.com",
        "http://user@WWW.Example.COM:8080/a?b#c,       example.com",
        "https://news.yahoo.com/x,                     yahoo.com",
        "www.smh.com.au,                               smh.com.au",
        "https://g1.globo.com/x,                       globo.com",
        "https://www.noticiaexata.com.br/artigo/1,     noticiaexata.com.br",
        "https://100noticias.com.ni/economia/1,        100noticias.com.ni",
        "//cdn.example.org/x.js,                       example.org",
        "france24.com,                                 france24.com",
        "www.japantimes.co.jp,                         japantimes.co.jp",
        "https://tvn24.pl/swiat/x,                     tvn24.pl",
    })
    void registrableDomain(String input, String expected) {
        assertThat(Domains.registrableDomain(input)).isEqualTo(expected);
    }

    @Test
    void hostKeepsSubdomainsButDropsWww() {
        assertThat(Domains.host("https://www2.news.example.com/a")).isEqualTo("news.example.com");
        assertThat(Domains.host("https://www.example.com.")).isEqualTo("example.com");
    }

    @Test
    void noHostGivesNull() {
        assertThat(Domains.registrableDomain(null)).isNull();
        assertThat(Domains.registrableDomain("  ")).isNull();
        assertThat(Domains.registrableDomain("Reuters")).isNull();
        assertThat(Domains.registrableDomain("not a url")).isNull();
    }

    @Test
    void looksLikeDomain() {
        assertThat(Domains.looksLikeDomain("www.france24.com")).isTrue();
        assertThat(Domains.looksLikeDomain("Time.com")).isTrue();
        assertThat(Domains.looksLikeDomain("https://nytimes.com/x")).isTrue();
        assertThat(Domains.looksLikeDomain("The Atlantic")).isFalse();
        assertThat(Domains.looksLikeDomain("U.S.")).isFalse();
    }

    @Test
    void sameRegistrableDomain() {
        assertThat(Domains.sameRegistrableDomain("https://edition.cnn.com/x", "cnn.com")).isTrue();
        assertThat(Domains.sameRegistrableDomain("wired.com", "wired.co.uk")).isFalse();
    }
}
