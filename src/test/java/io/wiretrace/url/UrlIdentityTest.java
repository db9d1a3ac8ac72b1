package io.wiretrace.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlIdentityTest {

    private static final String KEY = "https://valmeretimes.example/news/strike-ends";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://valmeretimes.example/news/strike-ends",
        "http://valmeretimes.example/news/strike-ends",                    // scheme
        "http://www.valmeretimes.example/news/strike-ends/",               // www. and trailing slash
        "https://VALMERETIMES.Example/news/strike-ends",                   // host case
        "https://valmeretimes.example:443/news/strike-ends",               // default port (https)
        "http://valmeretimes.example:80/news/strike-ends",                 // default port (http)
        "https://valmeretimes.example/news/strike-ends#comments",          // fragment
        "https://valmeretimes.example/news/strike-ends?utm_source=tw&utm_medium=social",
        "https://valmeretimes.example/news/strike-ends?fbclid=IwAR0abc",
        "https://valmeretimes.example/news/strike-ends?gclid=x1&mc_cid=y2",
        "https://valmeretimes.example/news/strike-ends/amp",               // AMP path suffix
        "https://valmeretimes.example/news/strike-ends/amp/",
        "https://valmeretimes.example/amp/news/strike-ends",               // AMP path prefix
        "https://amp.valmeretimes.example/news/strike-ends",               // AMP host
        "https://m.valmeretimes.example/news/strike-ends",                 // mobile host
        "https://mobile.valmeretimes.example/news/strike-ends",
        "https://valmeretimes.example/news/strike-ends?amp",               // AMP switch
        "https://valmeretimes.example/news/strike-ends?amp=1",
        "https://valmeretimes.example/news/strike-ends?outputType=amp",
        "https://valmeretimes.example/news/strike-ends.amp",
        "https://user@valmeretimes.example/news/strike-ends",              // user info
        "  https://valmeretimes.example/news/strike-ends  ",
        "https://valmeretimes.example./news/strike-ends",                  // trailing dot of the host
        "https://valmeretimes.example/news/strike%2Dends",                 // escaped unreserved character
    })
    void everyFormOfOneArticleHasOneKey(String form) {
        assertThat(UrlIdentity.of(form).key()).isEqualTo(KEY);
    }

    @Test
    void theUrlAsReceivedIsKept() {
        UrlIdentity id = UrlIdentity.of(" http://www.valmeretimes.example/news/strike-ends/?utm_source=x ");
        assertThat(id.received()).isEqualTo("http://www.valmeretimes.example/news/strike-ends/?utm_source=x");
        assertThat(id.key()).isEqualTo(KEY);
        assertThat(id.host()).isEqualTo("valmeretimes.example");
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "https://example.com/news/a,            https://example.com/news/b",
        "https://example.com/News/A,            https://example.com/news/a",         // paths keep their case
        "https://example.com/story?id=1,        https://example.com/story?id=2",     // a parameter that selects
        "https://example.com:8443/a,            https://example.com/a",              // a port that is not default
        "https://news.example.com/a,            https://example.com/a",              // a real subdomain
        "https://example.com/amplifier,         https://example.com",                // 'amp' inside a word
        "https://example.com/a/amp-report,      https://example.com/a",
        "https://example.com/a?amp=0,           https://example.com/a",
    })
    void differentPagesKeepDifferentKeys(String a, String b) {
        assertThat(UrlIdentity.of(a.strip()).key()).isNotEqualTo(UrlIdentity.of(b.strip()).key());
    }

    @Test
    void otherParametersAreKeptInOneOrder() {
        assertThat(UrlIdentity.of("https://example.com/s?page=2&id=7&utm_campaign=x").key())
                .isEqualTo("https://example.com/s?id=7&page=2");
        assertThat(UrlIdentity.same("https://example.com/s?id=7&page=2", "https://example.com/s?page=2&id=7")).isTrue();
    }

    @Test
    void frontPageAndEscapes() {
        assertThat(UrlIdentity.of("https://www.example.com/").key()).isEqualTo("https://example.com");
        assertThat(UrlIdentity.of("https://example.com/amp").key()).isEqualTo("https://example.com");
        assertThat(UrlIdentity.of("https://example.com/a%2fb").key()).isEqualTo("https://example.com/a%2Fb");
        assertThat(UrlIdentity.of("https://example.com/ニュース/1").key())
                .isEqualTo(UrlIdentity.of("https://example.com/%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/1").key());
        assertThat(UrlIdentity.of("https://example.com/a b").key()).isEqualTo("https://example.com/a%20b");
        assertThat(UrlIdentity.of("https://example.com/100%").key()).isEqualTo("https://example.com/100%25");
        assertThat(UrlIdentity.of("https://example.com/story.amp.html").key()).isEqualTo("https://example.com/story.html");
    }

    @Test
    void singleLabelAndAddressHostsAreKept() {
        assertThat(UrlIdentity.of("http://LOCALHOST:8081/a/").key()).isEqualTo("https://localhost:8081/a");
        assertThat(UrlIdentity.of("http://127.0.0.1:80/a").key()).isEqualTo("https://127.0.0.1/a");
    }

    @Test
    void shortHostsKeepTheirPrefix() {
        assertThat(Hosts.of("https://m.tv/x")).isEqualTo("m.tv");
        assertThat(Hosts.of("amp.dev")).isEqualTo("amp.dev");
        assertThat(Hosts.of("https://m.bbc.co.uk/news")).isEqualTo("bbc.co.uk");
        assertThat(Hosts.rawHost("https://m.bbc.co.uk/news")).isEqualTo("m.bbc.co.uk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ftp://example.com/a", "/news/a", "mailto:x@example.com", "https://", "https:///path"})
    void notAnHttpUrlIsRefusedWithItsValue(String bad) {
        assertThatThrownBy(() -> UrlIdentity.of(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThat(UrlIdentity.parse(bad)).isEmpty();
        assertThat(UrlIdentity.keyOrNull(bad)).isNull();
    }
}
