package io.wiretrace.api;

import io.wiretrace.article.ArticleInput;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.url.UrlIdentity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
            return new ArticleInput.FromText(text, url, blankToNull(outlet), blankToNull(title), parseDate(publishedAt));
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

    static OffsetDateTime parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new InvalidInput("publishedAt", "publishedAt '" + value
                        + "' is not an ISO-8601 date or date-time with offset (e.g. 2025-03-21 or 2025-03-21T10:15:00Z)");
            }
        }
    }
}
