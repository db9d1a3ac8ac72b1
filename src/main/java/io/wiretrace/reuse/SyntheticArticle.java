package io.wiretrace.reuse;

import java.time.Instant;

/**
 * One generated article.
 *
 * @param id "syn-" followed by the article's index
 * @param text body text, paragraphs separated by blank lines
 * @param publishedAt publication time (later indexes are later)
 * @param injected the reuse this article was made with, or null for an original article
 */
public record SyntheticArticle(String id, String text, Instant publishedAt, InjectedReuse injected) {

    /** The article as a {@link ReuseText}. */
    public ReuseText toReuseText() {
        return new ReuseText(id, text, publishedAt, publishedAt);
    }
}
