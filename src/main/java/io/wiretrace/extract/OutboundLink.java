package io.wiretrace.extract;

/**
 * A link inside the article body.
 *
 * @param href  absolute URL
 * @param text  anchor text
 * @param start offset of the anchor text in {@code bodyText}, or -1 when it could not be located
 * @param end   end offset (exclusive), or -1
 */
public record OutboundLink(String href, String text, int start, int end) {
}
