package io.wiretrace.extract;

/**
 * A provenance-relevant piece of markup, kept with its evidence.
 *
 * @param source   where it was found
 * @param name     "canonical", "og:url", "original-source", "syndication-source", "isBasedOn",
 *                 "sourceOrganization", "copyrightHolder", ... (lower-case meta names; JSON-LD property names as written;
 *                 "copyright" for a copyright line of page text, "header-line" for a line printed between the
 *                 headline and the article text, "frame-line" for one of the few lines right before the article
 *                 text on a page whose headline is no heading, "tail-line" for one of the few lines right after
 *                 the article text, "tail-logo" and "header-logo" for a logo alone in its box right after the
 *                 article or between the headline and the article)
 * @param value    the URL or name it carries (absolute URL for links)
 * @param evidence the tag or JSON property as it appears in the page (attributes abridged, entities decoded)
 */
public record MarkupSignal(Source source, String name, String value, String evidence) {

    /**
     * Where a markup signal was found: a link tag, a meta tag, JSON-LD, or a line of page text outside the article
     * body ({@code TEXT}: a copyright line under the article, see {@code TrailingCopyright}, or a line between the
     * headline and the article, see {@code HeaderLines}).
     */
    public enum Source { LINK, META, JSONLD, TEXT }
}
