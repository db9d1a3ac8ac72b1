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
 * URLs of a copy of another page that name the page they copy. Web archives' captures: the Wayback Machine's
 * {@code https://web.archive.org/web/20200102030405[id_]/https://site/path} (also {@code wayback.archive.org},
 * {@code archive.org}; the timestamp may be cut to any precision from the year, the original's scheme may be missing
 * or written {@code http:/}) and archive.today's {@code https://archive.ph/2020.01.02-030405/https://site/path}
 * ({@code archive.is}, {@code .li}, {@code .md}, {@code .vn}, {@code .today}), which also say when they were taken.
 * AMP caches' copies: {@code https://www-site-com.cdn.ampproject.org/c/s/www.site.com/path} ({@code /c/}, {@code /v/},
 * {@code /wp/}; {@code s/} for https) and Google's {@code https://www.google.com/amp/s/www.site.com/path}. A copy is
 * the page it copies, not a page of the archive or cache: identity, host and outlet are the original's. Short
 * archive.today ids ({@code archive.ph/AbCd}) and listings ({@code /web/*}/...) name no page and are left as they
 * are. Pure functions, thread-safe.
 */
public final class PageCopies {

    /** A copy: the copied page's URL and, when the copy's URL states it, when it was captured (else null). */
    public record Copy(String original, Instant capturedAt) {
    }

    private static final Pattern WAYBACK = Pattern.compile(
            "(?i)^https?://(?:web\\.|wayback\\.|www\\.)?archive\\.org(?::\\d+)?/web/(\\d{4,14})(?:[a-z]{2}_)?/+(.+)$");
    private static final Pattern ARCHIVE_TODAY = Pattern.compile(
            "(?i)^https?://(?:www\\.)?archive\\.(?:ph|is|li|md|vn|today)(?::\\d+)?/(\\d{4}\\.\\d{2}\\.\\d{2}-\\d{6})/+(.+)$");
    private static final Pattern AMP_CACHE = Pattern.compile(
            "(?i)^https?://[a-z0-9-]+\\.cdn\\.ampproject\\.org(?::\\d+)?/(?:c|v|wp)/(s/)?(.+)$");
    private static final Pattern GOOGLE_AMP = Pattern.compile(
            "(?i)^https?://(?:www\\.)?google\\.(?:com|co\\.[a-z]{2}|com\\.[a-z]{2}|[a-z]{2})(?::\\d+)?/amp/(s/)?(.+)$");
    private static final Pattern SCHEME = Pattern.compile("(?i)^(https?):/*");
    private static final DateTimeFormatter WAYBACK_STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT);
    private static final DateTimeFormatter TODAY_STAMP = DateTimeFormatter.ofPattern("yyyy.MM.dd-HHmmss", Locale.ROOT);
    /** What the host of every copy URL above holds; a URL whose host holds none is no copy, without a pattern tried. */
    private static final String[] HOST_MARKS = {"archive.", "ampproject.org", "google."};
    /** Wrapping deeper than this (a capture of a capture of ...) is not followed further. */
    private static final int MAX_DEPTH = 3;

    private PageCopies() {
    }

    /**
     * The copy a URL is: the innermost page when copies are nested, with the innermost capture time stated; empty for
     * any other URL or text.
     */
    public static Optional<Copy> of(String url) {
        if (url == null || url.length() < 20 || !hostMayBeACopy(url)) {
            return Optional.empty();
        }
        Copy found = null;
        String current = url.strip();
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<Copy> next = once(current);
            if (next.isEmpty()) {
                break;
            }
            // the innermost capture is the earliest sign of the page's content
            found = new Copy(next.get().original(), next.get().capturedAt() != null || found == null
                    ? next.get().capturedAt() : found.capturedAt());
            current = found.original();
        }
        return Optional.ofNullable(found);
    }

    /** The copied page's URL when the URL is a copy, else the URL itself. */
    public static String original(String url) {
        return of(url).map(Copy::original).orElse(url);
    }

    /**
     * True when the host part (after "://", up to the path) holds one of {@link #HOST_MARKS}, ignoring case. Hosts.of
     * asks for every link of every page, so other URLs are turned away here without a regular expression.
     */
    private static boolean hostMayBeACopy(String url) {
        int start = url.indexOf("://");
        int end = start < 0 ? -1 : url.indexOf('/', start + 3);
        if (end < 0) {
            return false; // a copy URL has a path
        }
        for (String mark : HOST_MARKS) {
            for (int i = start + 3; i + mark.length() <= end; i++) {
                if (url.regionMatches(true, i, mark, 0, mark.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Copy> once(String url) {
        Matcher wayback = WAYBACK.matcher(url);
        if (wayback.matches()) {
            return absolute(wayback.group(2)).map(o -> new Copy(o, time(waybackStamp(wayback.group(1)), WAYBACK_STAMP)));
        }
        Matcher today = ARCHIVE_TODAY.matcher(url);
        if (today.matches()) {
            return absolute(today.group(2)).map(o -> new Copy(o, time(today.group(1), TODAY_STAMP)));
        }
        for (Pattern cache : new Pattern[] {AMP_CACHE, GOOGLE_AMP}) {
            Matcher amp = cache.matcher(url);
            if (amp.matches()) {
                return absolute((amp.group(1) == null ? "http://" : "https://") + amp.group(2)).map(o -> new Copy(o, null));
            }
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

    /** A Wayback timestamp completed to the second ("2020" is "20200101000000"). */
    private static String waybackStamp(String digits) {
        return (digits + "0101000000".substring(Math.max(0, digits.length() - 4))).substring(0, 14);
    }

    /** The stamp as a UTC time, or null when it is not one. */
    private static Instant time(String stamp, DateTimeFormatter format) {
        try {
            return LocalDateTime.parse(stamp, format).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
