package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractedArticleTest {

    private static ExtractedArticle stating(String published, String modified) {
        return new ExtractedArticle("T", List.of(), null, published == null ? null : OffsetDateTime.parse(published),
                modified == null ? null : OffsetDateTime.parse(modified), "en", null, null, null, null, "Body.", null,
                null, null, "T");
    }

    @Test
    void timesStatedAfterTheLatestAreDropped() {
        Instant latest = Instant.parse("2026-01-02T00:00:00Z");
        ExtractedArticle future = stating("2026-01-02T00:00:01Z", "2027-01-01T00:00:00Z").statedUpTo(latest);
        assertThat(future.publishedAt()).isNull();
        assertThat(future.modifiedAt()).isNull();
        assertThat(future.headline()).isEqualTo("T");
        ExtractedArticle mixed = stating("2026-01-01T12:00:00Z", "2026-03-01T00:00:00Z").statedUpTo(latest);
        assertThat(mixed.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-01-01T12:00:00Z"));
        assertThat(mixed.modifiedAt()).isNull();
    }

    @Test
    void anArticleWithinTheLatestIsTheSameArticle() {
        ExtractedArticle past = stating("2026-01-02T00:00:00Z", null);
        assertThat(past.statedUpTo(Instant.parse("2026-01-02T00:00:00Z"))).isSameAs(past);
    }
}
