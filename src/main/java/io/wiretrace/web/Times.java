package io.wiretrace.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as pages show them: UTC, to the minute, unambiguous. */
final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private Times() {
    }

    static String of(Instant t) {
        return t == null ? null : FORMAT.format(t.atOffset(ZoneOffset.UTC));
    }

    static String of(OffsetDateTime t) {
        return t == null ? null : of(t.toInstant());
    }
}
