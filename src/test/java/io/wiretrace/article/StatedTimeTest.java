package io.wiretrace.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StatedTimeTest {

    @Test
    void aDateADateTimeWithOrWithoutOffsetAreRead() {
        assertThat(StatedTime.parse("publishedAt", "2025-03-21")).isEqualTo(OffsetDateTime.of(2025, 3, 21, 0, 0, 0, 0,
                ZoneOffset.UTC));
        assertThat(StatedTime.parse("publishedAt", "2025-03-21T10:15")).isEqualTo(OffsetDateTime.of(2025, 3, 21, 10,
                15, 0, 0, ZoneOffset.UTC));
        assertThat(StatedTime.parse("publishedAt", "2025-03-21T10:15:00+01:00").toInstant())
                .isEqualTo(OffsetDateTime.of(2025, 3, 21, 9, 15, 0, 0, ZoneOffset.UTC).toInstant());
        assertThat(StatedTime.parse("publishedAt", " ")).isNull();
    }

    @Test
    void aTimeFromTheFutureOrNoTimeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> StatedTime.parse("publishedAt", "3026-01-01")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("in the future").extracting(e -> ((InvalidInput) e).field()).isEqualTo("publishedAt");
        assertThatThrownBy(() -> StatedTime.parse("publishedAt", "last Tuesday")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("ISO-8601");
        // a few hours ahead (a clock or a time zone a little off) is still read
        String soon = OffsetDateTime.now(ZoneOffset.UTC).plusHours(6).toString();
        assertThat(StatedTime.parse("publishedAt", soon)).isNotNull();
    }

    @Test
    void aTimeBeforeTheGregorianCalendarIsRefusedNotStoredChanged() {
        for (String early : new String[] {"0001-01-01", "-0044-03-15", "-999999999-01-01T00:00:00Z", "1582-12-31T23:59Z"}) {
            assertThatThrownBy(() -> StatedTime.parse("publishedAt", early)).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("before 1583").extracting(e -> ((InvalidInput) e).field())
                    .isEqualTo("publishedAt");
        }
        assertThat(StatedTime.parse("publishedAt", "1583-01-01")).isEqualTo(OffsetDateTime.of(1583, 1, 1, 0, 0, 0, 0,
                ZoneOffset.UTC));
        assertThat(StatedTime.parse("publishedAt", "1899-12-31T23:59:59Z")).isNotNull();
    }
}
