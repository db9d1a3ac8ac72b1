package io.wiretrace.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata (title, authors, byline, dates, language, description, site name, URLs) from meta tags,
 * JSON-LD and a few well-known elements, in that order of trust. Stateless.
 */
final class MetadataReader {

    // compiled once (String.split and matches compile their regex on every call)
    private static final Pattern TAGLINE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:]\\s+");
    private static final Pattern LANGUAGE_END = Pattern.compile("[,;\\s]");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /** The page's metadata; any field may be null. */
    record Metadata(String title, List<String> authors, String byline, OffsetDateTime publishedAt,
            OffsetDateTime modifiedAt, String language, String description, String siteName, String siteDomain,
            String canonicalUrl) {
    }

    private MetadataReader() {
    }

    static Metadata read(PageIndex page, MetaTags meta, JsonLdReader.Result ld, Element bylineElement,
            String pageUrl) {
        String canonical = canonical(page, meta, pageUrl);
        String domain = Urls.domain(pageUrl);
        if (domain == null) {
            domain = Urls.domain(canonical);
        }
        String siteName = withoutTagline(firstNonBlank(meta.first("og:site_name"), ld.facts().publisherName()),
                ld.facts().publisherName(), domain);
        Element h1 = page.firstH1;
        String rawTitle = firstNonBlank(confirmedHeadline(ld.facts().headline(), h1),
                meta.first("og:title", "twitter:title", "dc.title", "sailthru.title"),
                headlineOrTitle(ld.facts().headline(), page.titleText()), h1 == null ? null : h1.text());
        String title = TitleCleaner.clean(rawTitle, siteName, domain, h1 == null ? null : h1.text());
        String bylineText = bylineElement == null ? null : BylineText.withoutTail(BylineText.visibleText(bylineElement));
        List<String> sources = new ArrayList<>(ld.personAuthors());
        String metaAuthor = meta.first("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                "sailthru.author", "byl");
        if (sources.isEmpty()) {
            sources.add(metaAuthor);
            sources.add(bylineText);
            for (Element a : BylineReader.authorLinks(page.authorAnchors, bylineElement)) {
                sources.add(a.text());
            }
        }
        Set<String> outletKeys = new HashSet<>();
        for (String outlet : new String[] {siteName, ld.facts().publisherName(), domain}) {
            if (outlet != null) {
                outletKeys.add(TitleCleaner.key(outlet));
            }
        }
        List<String> authors = BylineReader.personNames(sources, outletKeys);
        String byline = bylineText != null ? bylineText : metaAuthor != null && !metaAuthor.startsWith("http")
                && !BylineReader.isPlaceholder(metaAuthor) ? metaAuthor
                : ldByline(ld.personAuthors());
        return new Metadata(title, authors, byline, published(page, meta, ld), modified(meta, ld),
                language(page, meta, ld), firstNonBlank(meta.first("description", "og:description",
                        "twitter:description"), ld.description()),
                siteName, domain, canonical);
    }

    /** The JSON-LD person authors joined, without placeholders ("anonymous"), or null. */
    private static String ldByline(List<String> persons) {
        List<String> named = persons.stream().filter(p -> !BylineReader.isPlaceholder(p)).toList();
        return named.isEmpty() ? null : String.join(", ", named);
    }

    /**
     * The JSON-LD headline when the page's main heading says the same: two sources agreeing outrank a social title
     * (og:title is often rewritten for sharing), else null.
     */
    private static String confirmedHeadline(String headline, Element h1) {
        if (headline == null || h1 == null) {
            return null;
        }
        String key = TitleCleaner.key(headline);
        return !key.isEmpty() && key.equals(TitleCleaner.key(h1.text())) ? headline : null;
    }

    /**
     * The site name without a slogan ("Daily Example - News you can use" is "Daily Example") when the part before
     * the separator is the publisher's name or the domain's.
     */
    static String withoutTagline(String siteName, String publisherName, String domain) {
        if (siteName == null) {
            return null;
        }
        String[] parts = TAGLINE_SEPARATOR.split(siteName, 2);
        if (parts.length < 2) {
            return siteName;
        }
        String head = TitleCleaner.key(parts[0]);
        boolean named = !head.isEmpty() && (publisherName != null && head.equals(TitleCleaner.key(publisherName))
                || domain != null && head.equals(TitleCleaner.key(domain.replaceFirst("\\.[a-z.]+$", ""))));
        return named ? parts[0].trim() : siteName;
    }

    /** The JSON-LD headline when the document title confirms it (some pages put a description there). */
    private static String headlineOrTitle(String headline, String docTitle) {
        if (headline == null || headline.isBlank()) {
            return docTitle;
        }
        if (docTitle == null || docTitle.isBlank()
                || TitleCleaner.key(docTitle).contains(TitleCleaner.key(headline))) {
            return headline;
        }
        return docTitle;
    }

    private static String canonical(PageIndex page, MetaTags meta, String pageUrl) {
        for (Element link : page.links) {
            if (link.attr("rel").trim().equalsIgnoreCase("canonical") && link.hasAttr("href")) {
                String abs = Urls.absolute(pageUrl, link.attr("href"));
                if (abs != null) {
                    return abs;
                }
            }
        }
        return Urls.absolute(pageUrl, meta.get("og:url"));
    }

    private static OffsetDateTime published(PageIndex page, MetaTags meta, JsonLdReader.Result ld) {
        OffsetDateTime t = firstDate(ld.facts().datePublished(), meta.first("article:published_time",
                "og:published_time", "datepublished", "article.published", "pubdate", "publishdate", "publish-date",
                "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
                "dcterms.created", "date", "og:article:published_time", "originalpublicationdate"));
        if (t != null) {
            return t;
        }
        Element time = null;
        for (Element candidate : page.times) {
            if (candidate.hasAttr("pubdate") || candidate.attr("itemprop").equalsIgnoreCase("datePublished")) {
                time = candidate;
                break;
            }
        }
        if (time == null && !page.times.isEmpty()) {
            time = page.times.get(0);
        }
        return time == null ? null : DateParser.parse(time.attr("datetime"));
    }

    private static OffsetDateTime modified(MetaTags meta, JsonLdReader.Result ld) {
        return firstDate(ld.facts().dateModified(), meta.first("article:modified_time", "og:updated_time",
                "datemodified", "dcterms.modified", "last-modified", "lastmod"));
    }

    private static OffsetDateTime firstDate(String... raws) {
        for (String raw : raws) {
            OffsetDateTime t = DateParser.parse(raw);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static String language(PageIndex page, MetaTags meta, JsonLdReader.Result ld) {
        Element html = page.html;
        String lang = firstNonBlank(html == null ? null : html.attr("lang"), html == null ? null
                : html.attr("xml:lang"), meta.first("content-language", "language", "dc.language", "og:locale"),
                ld.language());
        if (lang == null) {
            return null;
        }
        String tag = LANGUAGE_END.split(lang)[0].replace('_', '-').trim();
        return LANGUAGE_TAG.matcher(tag).matches() ? tag : null;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Whitespace.collapse(v).trim();
            }
        }
        return null;
    }
}
