package io.wiretrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HostKeysTest {

    @Test
    void aHostIsItsLowerCaseNameWithAPortOnlyWhenNotTheDefault() {
        assertThat(HostKeys.of(URI.create("https://News.Example.COM/a"))).isEqualTo("news.example.com");
        assertThat(HostKeys.of(URI.create("https://news.example.com:443/a"))).isEqualTo("news.example.com");
        assertThat(HostKeys.of(URI.create("http://news.example.com:80/a"))).isEqualTo("news.example.com");
        assertThat(HostKeys.of(URI.create("http://news.example.com:443/a"))).isEqualTo("news.example.com:443");
        assertThat(HostKeys.of(URI.create("http://127.0.0.1:8081/feed"))).isEqualTo("127.0.0.1:8081");
        assertThat(HostKeys.of(URI.create("https://www.example.com/"))).isNotEqualTo(HostKeys.of(URI.create("https://example.com/")));
    }
}
