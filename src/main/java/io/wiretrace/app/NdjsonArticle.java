package io.wiretrace.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiretrace.article.InvalidInput;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * One article line of an NDJSON import, {@code {"url", "html"|"text", "publishedAt"?, "outlet"?, "title"?,
 * "fetchedAt"?}}, read strictly: a field of another type than a string is invalid input naming the field, never
 * ignored (a {@code publishedAt} given as epoch seconds would otherwise store the article without its time).
 *
 * @param url the article's URL; null when absent
 * @param html the page's HTML, or null
 * @param text the article's text, or null
 */
record NdjsonArticle(String url, String html, String text, JsonNode node) {

    /** The fields of {@code node} (a JSON object); throws {@link InvalidInput} for a field that is not a string. */
    static NdjsonArticle of(JsonNode node) {
        return new NdjsonArticle(text(node, "url"), text(node, "html"), text(node, "text"), node);
    }

    /** What the line lacks to be an article ("url", "html or text"), or null when it has both. */
    String missing() {
        return url == null ? "url" : html == null && text == null ? "html or text" : null;
    }

    String outlet() {
        return text(node, "outlet");
    }

    String title() {
        return text(node, "title");
    }

    String publishedAt() {
        return text(node, "publishedAt");
    }

    /** The time the page was fetched, when the line states it: an ISO-8601 date-time with an offset. */
    Optional<OffsetDateTime> fetchedAt() {
        String value = text(node, "fetchedAt");
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput("fetchedAt", "fetchedAt '" + value + "' is not an ISO-8601 date-time with an offset");
        }
    }

    /** A field's text: null when absent, null or blank; a value of another type is invalid input. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            String json = value.toString();
            throw new InvalidInput(field, field + " must be a JSON string, not "
                    + value.getNodeType().name().toLowerCase(Locale.ROOT) + " "
                    + (json.length() <= 40 ? json : json.substring(0, 40) + "…"));
        }
        return value.asText().isBlank() ? null : value.asText();
    }
}
