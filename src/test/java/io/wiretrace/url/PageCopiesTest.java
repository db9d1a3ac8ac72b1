package io.wiretrace.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageCopiesTest {

    @Test
    void aWaybackCaptureNamesTheArchivedPageAndWhenItWasTaken() {
        PageCopies.Copy c = PageCopies.of(
                "https://web.archive.org/web/20190315081502/https://www.valmeretimes.example/news/strike-ends?page=2").orElseThrow();
        assertThat(c.original()).isEqualTo("https://www.valmeretimes.example/news/strike-ends?page=2");
        assertThat(c.capturedAt()).isEqualTo(Instant.parse("2019-03-15T08:15:02Z"));
    }

    @Test
    void waybackModifiersShortTimestampsAndMissingSchemesAreRead() {
        assertThat(PageCopies.of("http://web.archive.org/web/20190315081502id_/http://valmeretimes.example/a").orElseThrow()
                .original()).isEqualTo("http://valmeretimes.example/a");
        PageCopies.Copy year = PageCopies.of("https://web.archive.org/web/2019/valmeretimes.example/a").orElseThrow();
        assertThat(year.original()).isEqualTo("http://valmeretimes.example/a");
        assertThat(year.capturedAt()).isEqualTo(Instant.parse("2019-01-01T00:00:00Z"));
        assertThat(PageCopies.of("https://archive.org/web/20190315/https:/valmeretimes.example/a").orElseThrow()
                .original()).isEqualTo("https://valmeretimes.example/a");
        assertThat(PageCopies.of("https://web.archive.org/web/201903150815/https://valmeretimes.example/a")
                .orElseThrow().capturedAt()).isEqualTo(Instant.parse("2019-03-15T08:15:00Z"));
    }

    @Test
    void anArchiveTodayCaptureWithItsTimestampIsRead() {
        PageCopies.Copy c = PageCopies.of("https://archive.ph/2021.06.30-221510/https://valmeretimes.example/a")
                .orElseThrow();
        assertThat(c.original()).isEqualTo("https://valmeretimes.example/a");
        assertThat(c.capturedAt()).isEqualTo(Instant.parse("2021-06-30T22:15:10Z"));
    }

    @Test
    void aCaptureOfACaptureNamesTheInnermostPageAndItsTime() {
        PageCopies.Copy c = PageCopies.of("https://web.archive.org/web/20220101000000/"
                + "https://archive.ph/2021.06.30-221510/https://valmeretimes.example/a").orElseThrow();
        assertThat(c.original()).isEqualTo("https://valmeretimes.example/a");
        assertThat(c.capturedAt()).isEqualTo(Instant.parse("2021-06-30T22:15:10Z"));
    }

    @Test
    void ampCacheCopiesNameThePageTheyCopyWithoutATime() {
        PageCopies.Copy c = PageCopies.of("https://www-valmeretimes-example.cdn.ampproject.org/c/s/www.valmeretimes.example/news/a.amp")
                .orElseThrow();
        assertThat(c.original()).isEqualTo("https://www.valmeretimes.example/news/a.amp");
        assertThat(c.capturedAt()).isNull();
        assertThat(PageCopies.original("https://valmeretimes-example.cdn.ampproject.org/v/valmeretimes.example/a?amp_js_v=0.1"))
                .isEqualTo("http://valmeretimes.example/a?amp_js_v=0.1");
        assertThat(PageCopies.original("https://www.google.com/amp/s/www.valmeretimes.example/news/a/amp"))
                .isEqualTo("https://www.valmeretimes.example/news/a/amp");
        assertThat(PageCopies.original("https://www.google.co.uk/amp/valmeretimes.example/a"))
                .isEqualTo("http://valmeretimes.example/a");
        assertThat(UrlIdentity.of("https://www.google.com/amp/s/www.valmeretimes.example/news/a/amp").key())
                .isEqualTo("https://valmeretimes.example/news/a");
        assertThat(PageCopies.of("https://www.google.com/search?q=amp")).isEmpty();
        assertThat(PageCopies.of("https://cdn.ampproject.org/v0.js")).isEmpty();
    }

    @Test
    void pagesOfTheArchiveItselfAndOtherUrlsAreNoCaptures() {
        assertThat(PageCopies.of("https://archive.ph/AbCdE")).isEmpty();
        assertThat(PageCopies.of("https://web.archive.org/web/*/https://valmeretimes.example/*")).isEmpty();
        assertThat(PageCopies.of("https://web.archive.org/details/texts")).isEmpty();
        assertThat(PageCopies.of("https://www.valmeretimes.example/web/20190315/https://other.example/a")).isEmpty();
        assertThat(PageCopies.of("https://web.archive.org/web/20190315/not a host")).isEmpty();
        assertThat(PageCopies.of(null)).isEmpty();
        assertThat(PageCopies.original("https://valmeretimes.example/a")).isEqualTo("https://valmeretimes.example/a");
    }

    @Test
    void identityHostAndKeyOfACaptureAreThoseOfTheArchivedPage() {
        String capture = "https://web.archive.org/web/20190315081502/https://www.valmeretimes.example/news/strike-ends/?utm_source=x";
        assertThat(UrlIdentity.of(capture).key()).isEqualTo(UrlIdentity.of("http://valmeretimes.example/news/strike-ends").key());
        assertThat(UrlIdentity.of(capture).received()).isEqualTo(capture);
        assertThat(UrlIdentity.of(capture).capturedAt()).contains(Instant.parse("2019-03-15T08:15:02Z"));
        assertThat(UrlIdentity.of("https://valmeretimes.example/a").capturedAt()).isEmpty();
        assertThat(Hosts.of(capture)).isEqualTo("valmeretimes.example");
        assertThat(Hosts.of("web.archive.org")).isEqualTo("web.archive.org");
        assertThat(Hosts.of("https://archive.ph/AbCdE")).isEqualTo("archive.ph");
    }
}
