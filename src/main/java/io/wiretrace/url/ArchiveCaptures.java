package io.wiretrace.url;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web-archive capture URLs that name the page they archived: the Wayback Machine's
 * {@code https://web.archive.org/web/20200102030405[id_]/https://site/path} (also {@code wayback.archive.org},
 * {@code archive.org}; the timestamp may be cut to any precision from the year, the original's scheme may be missing
 * or written {@code http:/}) and archive.today's {@code https://archive.ph/2020.01.02-030405/https://site/path}
 * ({@code archive.is}, {@code .li}, {@code .md}, {@code .vn}, {@code .today}). A capture is the archived page, not a
 * page of the archive: identity, host and outlet are the original's. Short archive.today ids ({@code archive.ph/AbCd})
 * and listings ({@code /web/*}/...) name no page and are left as they are. Pure functions, thread-safe.
 */
public final class ArchiveCaptures {

    /** A capture: the archived page's URL and, when the capture URL states it, when it was captured. */
    public record Capture(String original, Instant capturedAt) {
    }

    private static final Pattern WAYBACK = Pattern.compile(
            "(?i)^https?://(?:web\\.|wayback\\.|www\\.)?archive\\.org(?::\\d+)?/web/(\\d{4,14})(?:[a-z]{2}_)?/+(.+)$");
    private static final Pattern ARCHIVE_TODAY = Pattern.compile(
            "(?i)^https?://(?:www\\.)?archive\\.(?:ph|is|li|md|vn|today)(?::\\d+)?/(\\d{4}\\.\\d{2}\\.\\d{2}-\\d{6})/+(.+)$");
    private static final Pattern SCHEME = Pattern.compile("(?i)^(https?):/*");
    private static final DateTimeFormatter TODAY_STAMP = DateTimeFormatter.ofPattern("yyyy.MM.dd-HHmmss", Locale.ROOT);
    /** Wrapping deeper than this (a capture of a capture of ...) is not followed further. */
    private static final int MAX_DEPTH = 3;

    private ArchiveCaptures() {
    }

    /** The capture a URL names, innermost first when captures are nested; empty for any other URL or text. */
    public static Optional<Capture> of(String url) {
        if (url == null || url.length() < 20) {
            return Optional.empty();
        }
        Capture found = null;
        String current = url.strip();
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<Capture> next = once(current);
            if (next.isEmpty()) {
                break;
            }
            found = new Capture(next.get().original(), found != null && found.capturedAt() != null
                    ? found.capturedAt() : next.get().capturedAt());
            current = found.original();
        }
        return Optional.ofNullable(found);
    }

    /** The archived page's URL when the URL is a capture, else the URL itself. */
    public static String original(String url) {
        return of(url).map(Capture::original).orElse(url);
    }

    private static Optional<Capture> once(String url) {
        Matcher wayback = WAYBACK.matcher(url);
        if (wayback.matches()) {
            return absolute(wayback.group(2)).map(o -> new Capture(o, waybackTime(wayback.group(1))));
        }
        Matcher today = ARCHIVE_TODAY.matcher(url);
        if (today.matches()) {
            return absolute(today.group(2)).map(o -> new Capture(o, todayTime(today.group(1))));
        }
        return Optional.empty();
    }

    /** "https://x/y", "http:/x/y" or "x/y" as an absolute URL, when it has a plausible host. */
    private static Optional<String> absolute(String rest) {
        Matcher scheme = SCHEME.matcher(rest);
        String url = scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) + "://" + rest.substring(scheme.end())
                : "http://" + rest;
        return Hosts.rawHost(url) == null ? Optional.empty() : Optional.of(url);
    }

    /** A Wayback timestamp, completed to the second ("2020" is 2020-01-01T00:00:00Z), or null when not a time. */
    private static Instant waybackTime(String digits) {
        String full = (digits + "0101000000".substring(Math.max(0, digits.length() - 4))).substring(0, 14);
        try {
            return LocalDateTime.parse(full, DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT))
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant todayTime(String stamp) {
        try {
            return LocalDateTime.parse(stamp, TODAY_STAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
