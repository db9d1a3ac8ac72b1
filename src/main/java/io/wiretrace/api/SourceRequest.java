package io.wiretrace.api;

import io.wiretrace.article.InvalidInput;
import java.time.Duration;

/**
 * Body of {@code POST /api/sources}: the URL of a feed, a sitemap or a homepage; optionally the outlet (by key) and the
 * bounds of the poll interval as ISO-8601 durations ({@code PT5M}, {@code PT24H}).
 */
public record SourceRequest(String url, String outlet, String minInterval, String maxInterval) {

    /** An ISO-8601 duration, or null when absent; a bad one is a 400 naming the field. */
    static Duration duration(String field, String value) {
        Duration d = io.wiretrace.article.StatedDuration.parse(field, value);
        if (d != null && (d.isNegative() || d.isZero())) {
            throw new InvalidInput(field, field + " '" + value + "' must be a positive duration");
        }
        return d;
    }
}
