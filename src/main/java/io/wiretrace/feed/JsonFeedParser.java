package io.wiretrace.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wiretrace.watch.FeedDocument;
import io.wiretrace.watch.FeedItem;
import io.wiretrace.watch.SourceKind;
import io.wiretrace.watch.UnparseableFeed;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1) read with Jackson. */
final class JsonFeedParser {

    private final ObjectMapper mapper = new ObjectMapper();

    FeedDocument parse(byte[] body, String url, int maxItems) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // the parser's own words and position, without its "Source: REDACTED" location preamble
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new UnparseableFeed("not a JSON Feed: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        } catch (IOException e) {
            throw new UnparseableFeed("not a JSON Feed: " + e.getMessage(), e);
        }
        if (root == null || !root.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
            throw new UnparseableFeed("not a JSON Feed: no \"version\" of https://jsonfeed.org/version/...", null);
        }
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String link = text(item, "url") != null ? text(item, "url") : text(item, "external_url");
            if (link == null || items.size() >= maxItems) {
                continue;
            }
            FeedParser.resolve(url, link).ifPresent(absolute -> items.add(new FeedItem(absolute, text(item, "id"),
                    FeedParser.trim(text(item, "title")), date(item, "date_published"), date(item, "date_modified"))));
        }
        return new FeedDocument(SourceKind.JSON_FEED, FeedParser.trim(text(root, "title")), items, List.of());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant date(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value == null ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
