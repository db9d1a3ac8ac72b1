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

    /** Two times at most this far apart say nothing about which text came first. */
    static final java.time.Duration SAME_TIME = java.time.Duration.ofMinutes(1);

    /** Publication time if known, else first-seen time, else null. */
    public Instant effectiveTime() {
        return publishedAt != null ? publishedAt : firstSeenAt;
    }

    /**
     * The id of the one of two texts that came out first, by their effective times (a stated publication time
     * standing against the other's first-seen time when only one states one), or null when a time is missing or they
     * are at most {@link #SAME_TIME} apart. The one rule of "earlier" for matching and common sources.
     */
    static String earlierOf(ReuseText a, ReuseText b) {
        int order = order(a, b);
        return order < 0 ? a.id() : order > 0 ? b.id() : null;
    }

    /** Negative when {@code a} came out first, positive when {@code b} did, 0 when that is not known (as above). */
    static int order(ReuseText a, ReuseText b) {
        Instant ta = a == null ? null : a.effectiveTime();
        Instant tb = b == null ? null : b.effectiveTime();
        if (ta == null || tb == null || java.time.Duration.between(ta, tb).abs().compareTo(SAME_TIME) <= 0) {
            return 0;
        }
        return ta.compareTo(tb);
    }
}
