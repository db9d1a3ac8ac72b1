package io.wiretrace.http;


import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemPageTest {

    private static final List<MediaType> BROWSER = List.of(MediaType.TEXT_HTML_TYPE, MediaType.WILDCARD_TYPE);

    @Test
    void onlyBrowsersOutsideTheApiGetAPage() {
        assertThat(ProblemPage.wanted("/no-such-page", BROWSER)).isTrue();
        assertThat(ProblemPage.wanted("no-such-page", BROWSER)).isTrue();
        assertThat(ProblemPage.wanted("/api/articles/x", BROWSER)).isFalse();
        assertThat(ProblemPage.wanted("/api", BROWSER)).isFalse();
        assertThat(ProblemPage.wanted("/q/health", BROWSER)).isFalse();
        assertThat(ProblemPage.wanted("/apiary", BROWSER)).isTrue();
        assertThat(ProblemPage.wanted("/no-such-page", List.of(MediaType.APPLICATION_JSON_TYPE))).isFalse();
        assertThat(ProblemPage.wanted("/no-such-page", List.of(MediaType.WILDCARD_TYPE))).isFalse();
    }

    @Test
    void thePageEscapesWhatItShows() {
        String html = (String) ProblemPage.of(Problem.of(404, "not-found", "Not found", "no <b>page</b> & more"))
                .getEntity();
        assertThat(html).contains("404 Not found").contains("no &lt;b&gt;page&lt;/b&gt; &amp; more")
                .doesNotContain("<b>page");
    }
}
