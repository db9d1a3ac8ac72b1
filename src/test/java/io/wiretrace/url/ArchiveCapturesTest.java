package io.wiretrace.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArchiveCapturesTest {

    @Test
    void aWaybackCaptureNamesTheArchivedPageAndWhenItWasTaken() {
        ArchiveCaptures.Capture c = ArchiveCaptures.of(
                "https://web.archive.org/web/20190315081502/https://www.valmeretimes.example/news/strike-ends?page=2").orElseThrow();
        assertThat(c.original()).isEqualTo("https://www.valmeretimes.example/news/strike-ends?page=2");
        assertThat(c.capturedAt()).isEqualTo(Instant.parse("2019-03-15T08:15:02Z"));
    }

    @Test
    void waybackModifiersShortTimestampsAndMissingSchemesAreRead() {
        assertThat(ArchiveCaptures.of("http://web.archive.org/web/20190315081502id_/http://valmeretimes.example/a").orElseThrow()
                .original()).isEqualTo("http://valmeretimes.example/a");
        ArchiveCaptures.Capture year = ArchiveCaptures.of("https://web.archive.org/web/2019/valmeretimes.example/a").orElseThrow();
        assertThat(year.original()).isEqualTo("http://valmeretimes.example/a");
        assertThat(year.capturedAt()).isEqualTo(Instant.parse("2019-01-01T00:00:00Z"));
        assertThat(ArchiveCaptures.of("https://archive.org/web/20190315/https:/valmeretimes.example/a").orElseThrow()
                .original()).isEqualTo("https://valmeretimes.example/a");
        assertThat(ArchiveCaptures.of("https://web.archive.org/web/201903150815/https://valmeretimes.example/a")
                .orElseThrow().capturedAt()).isEqualTo(Instant.parse("2019-03-15T08:15:00Z"));
    }

    @Test
    void anArchiveTodayCaptureWithItsTimestampIsRead() {
        ArchiveCaptures.Capture c = ArchiveCaptures.of("https://archive.ph/2021.06.30-221510/https://valmeretimes.example/a")
                .orElseThrow();
        assertThat(c.original()).isEqualTo("https://valmeretimes.example/a");
        assertThat(c.capturedAt()).isEqualTo(Instant.parse("2021-06-30T22:15:10Z"));
    }

    @Test
    void aCaptureOfACaptureNamesTheInnermostPageAndTheOutermostTime() {
        ArchiveCaptures.Capture c = ArchiveCaptures.of("https://web.archive.org/web/20220101000000/"
                + "https://archive.ph/2021.06.30-221510/https://valmeretimes.example/a").orElseThrow();
        assertThat(c.original()).isEqualTo("https://valmeretimes.example/a");
        assertThat(c.capturedAt()).isEqualTo(Instant.parse("2022-01-01T00:00:00Z"));
    }

    @Test
    void pagesOfTheArchiveItselfAndOtherUrlsAreNoCaptures() {
        assertThat(ArchiveCaptures.of("https://archive.ph/AbCdE")).isEmpty();
        assertThat(ArchiveCaptures.of("https://web.archive.org/web/*/https://valmeretimes.example/*")).isEmpty();
        assertThat(ArchiveCaptures.of("https://web.archive.org/details/texts")).isEmpty();
        assertThat(ArchiveCaptures.of("https://www.valmeretimes.example/web/20190315/https://other.example/a")).isEmpty();
        assertThat(ArchiveCaptures.of("https://web.archive.org/web/20190315/not a host")).isEmpty();
        assertThat(ArchiveCaptures.of(null)).isEmpty();
        assertThat(ArchiveCaptures.original("https://valmeretimes.example/a")).isEqualTo("https://valmeretimes.example/a");
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
