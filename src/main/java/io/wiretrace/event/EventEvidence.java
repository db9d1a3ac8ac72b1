package io.wiretrace.event;

/**
 * One piece of evidence of an event: exact text and where it is.
 *
 * @param role      what it shows ("copied_passage", "removed_credit", "after_revision", "credit"...)
 * @param articleId the stored article whose text holds it, or null (a source's health)
 * @param url       that article's or source's URL, or null
 * @param text      the exact text
 * @param location  body, byline, meta... as for attributions, or null
 * @param start     offset into that article's bodyText, or null when not in the body
 * @param end       end offset (exclusive), or null
 */
public record EventEvidence(String role, Long articleId, String url, String text, String location, Integer start,
                            Integer end) {
}
