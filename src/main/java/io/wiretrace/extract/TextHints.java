package io.wiretrace.extract;

import java.time.OffsetDateTime;

/** What the caller knows about a plain-text article; every field may be null. */
public record TextHints(String url, String outlet, String title, OffsetDateTime publishedAt) {
    public static final TextHints NONE = new TextHints(null, null, null, null);
}
