package io.wiretrace.reuse;

import java.time.Instant;
import java.util.Objects;

/**
 * A text to compare.
 *
 * @param id the article id
 * @param text the article body as stored (passage offsets refer to it)
 * @param publishedAt publication time, or null when unknown
 * @param firstSeenAt when Wiretrace first saw it, or null
 */
public record ReuseText(String id, String text, Instant publishedAt, Instant firstSeenAt) {

    public ReuseText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** Publication time if known, else first-seen time, else null. */
    public Instant effectiveTime() {
        return publishedAt != null ? publishedAt : firstSeenAt;
    }
}
