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

    /** A period as people say it: "every 45 s", "every 5 min", "every 1 h 30 min", "every 2 d"; null for none. */
    static String every(java.time.Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            return null;
        }
        long s = d.getSeconds();
        if (s < 60) {
            return "every " + s + " s";
        }
        if (s < 3600) {
            return "every " + s / 60 + " min";
        }
        if (s < 86_400) {
            long minutes = s % 3600 / 60;
            return "every " + s / 3600 + " h" + (minutes > 0 ? " " + minutes + " min" : "");
        }
        return "every " + s / 86_400 + " d";
    }
}
