package io.wiretrace.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads machine dates as pages write them in metadata: ISO-8601 with or without offset, seconds or fractions,
 * a space instead of "T", "+0100" offsets, bare dates, and RFC-1123. A missing offset is taken as UTC (pages
 * rarely say otherwise, and a date is more useful than none). Human prose dates are not parsed. Stateless.
 */
final class DateParser {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*"
                    + "(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?");

    private DateParser() {
    }

    /** @return the time, or null when {@code raw} is not a recognisable machine date */
    static OffsetDateTime parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        if (s.length() < 8) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.find() && m.start() <= 2) {
            return fromIso(m);
        }
        Matcher c = COMPACT.matcher(s);
        if (c.matches()) {
            return build(c.group(1), c.group(2), c.group(3), c.group(4), c.group(5), c.group(6), null, null);
        }
        try {
            return OffsetDateTime.parse(Whitespace.collapse(s), DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OffsetDateTime fromIso(Matcher m) {
        return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8));
    }

    private static OffsetDateTime build(String y, String mo, String d, String h, String mi, String sec, String frac,
            String zone) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            if (date.getYear() < 1990 || date.getYear() > 2100) {
                return null;
            }
            if (h == null) {
                return date.atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            int nanos = 0;
            if (frac != null) {
                String f = (frac + "000000000").substring(0, 9);
                nanos = Integer.parseInt(f);
            }
            LocalDateTime t = date.atTime(Integer.parseInt(h), Integer.parseInt(mi),
                    sec == null ? 0 : Integer.parseInt(sec), nanos);
            return t.atOffset(offset(zone));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equalsIgnoreCase("z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String z = zone.replace(":", "");
        int sign = z.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(z.substring(1, 3));
        int minutes = z.length() >= 5 ? Integer.parseInt(z.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
