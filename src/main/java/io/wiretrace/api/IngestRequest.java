package io.wiretrace.api;

import io.wiretrace.article.ArticleInput;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.article.StatedTime;
import io.wiretrace.url.UrlIdentity;
import java.util.ArrayList;
import java.util.List;

/**
 * Body of {@code POST /api/articles} and {@code POST /api/analyze}: exactly one of {@code url}, {@code html},
 * {@code text}. With {@code html}, {@code url} says where the page lives. With {@code text}, {@code url},
 * {@code outlet}, {@code title} and {@code publishedAt} (ISO-8601 date or date-time) are optional facts.
 */
public record IngestRequest(String url, String html, String text, String outlet, String title, String publishedAt) {

    /** Checks the combination of fields and turns it into an input, naming the first bad field. */
    public ArticleInput toInput() {
        List<String> given = new ArrayList<>();
        if (html != null) {
            given.add("html");
        }
        if (text != null) {
            given.add("text");
        }
        if (given.isEmpty() && url == null) {
            throw new InvalidInput("url", "give exactly one of 'url', 'html' or 'text'; none was given");
        }
        if (given.size() > 1) {
            throw new InvalidInput(given.get(1), "give exactly one of 'url', 'html' or 'text'; got " + String.join(" and ", given));
        }
        if (url != null) {
            try {
                UrlIdentity.parseHttpUrl(url);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("url", e.getMessage());
            }
        }
        if (text == null) {
            rejectTextOnly("outlet", outlet);
            rejectTextOnly("title", title);
            rejectTextOnly("publishedAt", publishedAt);
        }
        if (html != null) {
            return new ArticleInput.FromHtml(html, url);
        }
        if (text != null) {
            return new ArticleInput.FromText(text, url, blankToNull(outlet), blankToNull(title), StatedTime.parse("publishedAt", publishedAt));
        }
        return new ArticleInput.FromUrl(url);
    }

    private static void rejectTextOnly(String field, String value) {
        if (value != null) {
            throw new InvalidInput(field, "'" + field + "' is only accepted with 'text'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
