package io.wiretrace.article;

import java.time.OffsetDateTime;

/** What a client submits: a URL to fetch, HTML to parse, or a plain text. */
public sealed interface ArticleInput {

    /** The longest outlet name a client may state, as {@code POST /api/outlets} allows. */
    int MAX_OUTLET = 200;

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

        /** A title of any length is kept (pages shorten it); the outlet must be a name an outlet may have. */
        public FromText {
            checkOutlet(outlet);
        }
    }

    /** Refuses a stated outlet name that no outlet may have: longer than {@value #MAX_OUTLET} or on several lines. */
    static void checkOutlet(String outlet) {
        if (outlet != null && (outlet.length() > MAX_OUTLET || outlet.indexOf('\n') >= 0 || outlet.indexOf('\r') >= 0)) {
            throw new InvalidInput("outlet", "outlet must be at most " + MAX_OUTLET + " characters on one line");
        }
    }
}
