package io.wiretrace.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A publication time a client states: an ISO-8601 date-time with offset ("2025-03-21T10:15:00+01:00"), a date-time
 * without one (a browser's date-and-time field: read as UTC) or a date (midnight UTC). One parser for the API and the
 * web form.
 */
public final class StatedTime {

    private StatedTime() {
    }

    /**
     * @return null for null or blank
     * @throws InvalidInput naming {@code field} when the value is none of the accepted forms, more than a day
     *                      ahead of the clock, or before {@link #EARLIEST}
     */
    public static OffsetDateTime parse(String field, String value) {
        OffsetDateTime time = read(field, value);
        if (time != null && time.toInstant().isAfter(java.time.Instant.now().plus(LATEST_AHEAD))) {
            // a publication time orders an article against its copies: one from the future would make it the source
            throw new InvalidInput(field, field + " '" + value + "' is in the future; give when it was published");
        }
        if (time != null && time.toInstant().isBefore(EARLIEST)) {
            // the database driver converts earlier times through the Julian calendar: 0001-01-01 was stored as
            // 0000-12-30 and -999999999-01-01 as -292275055-05-16; refused rather than stored changed
            throw new InvalidInput(field, field + " '" + value + "' is before " + EARLIEST_YEAR
                    + ", the earliest publication time stored as given; give when it was published");
        }
        return time;
    }

    private static final int EARLIEST_YEAR = 1583;

    /** The earliest stated time: the first whole year of the Gregorian calendar. */
    private static final java.time.Instant EARLIEST = java.time.Instant.parse(EARLIEST_YEAR + "-01-01T00:00:00Z");

    /** How far ahead of the clock a stated time may be (time zones, clocks a little fast). */
    private static final java.time.Duration LATEST_AHEAD = java.time.Duration.ofDays(1);

    private static OffsetDateTime read(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(v).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    throw new InvalidInput(field, field + " '" + value + "' is not an ISO-8601 date or date-time "
                            + "(e.g. 2025-03-21, 2025-03-21T10:15:00Z; without an offset it is read as UTC)");
                }
            }
        }
    }
}
