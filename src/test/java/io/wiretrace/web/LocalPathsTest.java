package io.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalPathsTest {

    @Test
    void onlyPathsOfThisSite() {
        assertThat(LocalPaths.of("/articles/12#chain")).contains("/articles/12#chain");
        assertThat(LocalPaths.of("/verdicts?type=reuse")).contains("/verdicts?type=reuse");
        assertThat(LocalPaths.of(null)).isEmpty();
        assertThat(LocalPaths.of("")).isEmpty();
        assertThat(LocalPaths.of("https://evil.example/")).isEmpty();
        assertThat(LocalPaths.of("//evil.example/x")).isEmpty();
        assertThat(LocalPaths.of("/\\evil.example")).isEmpty();
        assertThat(LocalPaths.of("/a\r\nSet-Cookie: x=1")).isEmpty();
        assertThat(LocalPaths.of("/" + "a".repeat(Shorten.HREF))).isEmpty();
        assertThat(LocalPaths.of("/" + "a".repeat(Shorten.HREF - 1))).isPresent();
    }
}
