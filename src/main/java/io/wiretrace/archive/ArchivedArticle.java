package io.wiretrace.archive;

import java.time.Instant;
import java.util.Map;

/**
 * A stored article as it goes into an exported web archive.
 *
 * @param id          the article's id
 * @param url         where it was published, or null (a text without URL)
 * @param capturedAt  when it was fetched (or first seen)
 * @param status      the HTTP status it was fetched with (200 when it was not fetched)
 * @param headers     the HTTP headers it was fetched with (empty when it was not fetched)
 * @param contentType the stored snapshot's media type
 * @param body        the stored snapshot, byte for byte
 * @param title       its title, or null
 * @param page        true for an HTML page (a {@code response} record), false for a text (a {@code resource} record)
 * @param text        a text's outlet, title and publication time, written in its record's fields
 */
public record ArchivedArticle(long id, String url, Instant capturedAt, int status, Map<String, String> headers,
                              String contentType, byte[] body, String title, boolean page, TextFacts text) {

    public ArchivedArticle {
        headers = Map.copyOf(headers);
        text = text == null ? TextFacts.NONE : text;
    }

    /** The WARC-Target-URI: the page's URL, or {@code urn:wiretrace:article:<id>} for a text without one. */
    public String targetUri() {
        return page || url != null ? url : "urn:wiretrace:article:" + id;
    }
}
