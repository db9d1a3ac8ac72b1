package io.wiretrace.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What extraction found in one page or text. Every field may be null (lists may be empty) except {@code bodyText},
 * which is never null and keeps paragraph breaks as {@code "\n\n"}. Offsets elsewhere (links, attribution evidence)
 * index into {@code bodyText}.
 *
 * @param title        headline without the site suffix
 * @param authors      person names of the byline, in page order, without "By"
 * @param byline       the byline as the page shows it (e.g. "By Jane Doe, Associated Press"), or null
 * @param publishedAt  first publication time
 * @param modifiedAt   last modification time
 * @param language     BCP-47 language tag (e.g. "en", "pt-BR")
 * @param description  meta/og description
 * @param siteName     outlet name as the page states it (og:site_name, JSON-LD publisher), or null
 * @param siteDomain   host of the page's own URL (final URL, else canonical, else og:url), lower case, no "www."
 * @param canonicalUrl absolute URL of {@code <link rel=canonical>}, else og:url, else null
 * @param bodyText     main article text, boilerplate removed, paragraphs separated by a blank line
 * @param jsonLd       facts from JSON-LD NewsArticle/Article objects (never null; fields may be empty)
 * @param markup       provenance-relevant tags and properties, each with the tag as it appears
 * @param links        outbound links in the body, with offsets into {@code bodyText}
 * @param headline     the page's main heading as shown (its first {@code h1}), or null: a page can change it while
 *                     its title (often the social or SEO title) stays, and a reader sees that change
 */
public record ExtractedArticle(
        String title,
        List<String> authors,
        String byline,
        OffsetDateTime publishedAt,
        OffsetDateTime modifiedAt,
        String language,
        String description,
        String siteName,
        String siteDomain,
        String canonicalUrl,
        String bodyText,
        JsonLdFacts jsonLd,
        List<MarkupSignal> markup,
        List<OutboundLink> links,
        String headline) {

    /** Without a shown heading: texts, and versions stored before headings were kept. */
    public ExtractedArticle(String title, List<String> authors, String byline, OffsetDateTime publishedAt,
                            OffsetDateTime modifiedAt, String language, String description, String siteName,
                            String siteDomain, String canonicalUrl, String bodyText, JsonLdFacts jsonLd,
                            List<MarkupSignal> markup, List<OutboundLink> links) {
        this(title, authors, byline, publishedAt, modifiedAt, language, description, siteName, siteDomain, canonicalUrl,
                bodyText, jsonLd, markup, links, null);
    }

    public ExtractedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        markup = markup == null ? List.of() : List.copyOf(markup);
        links = links == null ? List.of() : List.copyOf(links);
        bodyText = bodyText == null ? "" : bodyText;
        jsonLd = jsonLd == null ? JsonLdFacts.EMPTY : jsonLd;
    }

    /**
     * This article without the publication and modification times its page states after {@code latest}: a page
     * claiming to be from the future (a template's wrong year, a scheduled date) would otherwise be ordered after
     * every copy of it and make its copies its sources.
     */
    public ExtractedArticle statedUpTo(java.time.Instant latest) {
        boolean published = publishedAt != null && publishedAt.toInstant().isAfter(latest);
        boolean modified = modifiedAt != null && modifiedAt.toInstant().isAfter(latest);
        if (!published && !modified) {
            return this;
        }
        return new ExtractedArticle(title, authors, byline, published ? null : publishedAt, modified ? null : modifiedAt,
                language, description, siteName, siteDomain, canonicalUrl, bodyText, jsonLd, markup, links, headline);
    }
}
