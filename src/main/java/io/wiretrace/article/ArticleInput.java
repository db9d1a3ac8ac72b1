package io.wiretrace.article;

import java.time.OffsetDateTime;

/** What a client submits: a URL to fetch, HTML to parse, or a plain text. */
public sealed interface ArticleInput {

    /** The URL given with the input, or null. */
    String url();

    /** Fetch and parse the page at {@code url}. */
    record FromUrl(String url) implements ArticleInput {
    }

    /** Parse {@code html}; {@code url} (optional) says where it was published. */
    record FromHtml(String html, String url) implements ArticleInput {
    }

    /** A plain-text article with optional facts about it. */
    record FromText(String text, String url, String outlet, String title, OffsetDateTime publishedAt)
            implements ArticleInput {
    }
}
