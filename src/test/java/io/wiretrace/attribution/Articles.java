package io.wiretrace.attribution;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsonLdFacts;
import io.wiretrace.extract.MarkupSignal;
import java.util.ArrayList;
import java.util.List;

/** Test-data builder for {@link ExtractedArticle}: only what a test sets is non-null. */
final class Articles {

    private String siteName;
    private String siteDomain = "example-news.com";
    private String byline;
    private List<String> authors = List.of();
    private List<String> jsonLdAuthors = List.of();
    private List<String> isBasedOn = List.of();
    private List<String> sourceOrganizations = List.of();
    private String publisherName;
    private String canonicalUrl;
    private final List<MarkupSignal> markup = new ArrayList<>();
    private String body = "";
    private String language = "en";

    static Articles article() {
        return new Articles();
    }

    /** Paragraphs joined by a blank line, as the extractor writes bodyText. */
    Articles body(String... paragraphs) {
        this.body = String.join("\n\n", paragraphs);
        return this;
    }

    Articles language(String language) {
        this.language = language;
        return this;
    }

    Articles site(String domain) {
        this.siteDomain = domain;
        return this;
    }

    Articles siteName(String name) {
        this.siteName = name;
        return this;
    }

    Articles byline(String byline) {
        this.byline = byline;
        return this;
    }

    Articles authors(String... authors) {
        this.authors = List.of(authors);
        return this;
    }

    Articles jsonLdAuthors(String... authors) {
        this.jsonLdAuthors = List.of(authors);
        return this;
    }

    Articles isBasedOn(String... values) {
        this.isBasedOn = List.of(values);
        return this;
    }

    Articles sourceOrganization(String... values) {
        this.sourceOrganizations = List.of(values);
        return this;
    }

    Articles publisher(String name) {
        this.publisherName = name;
        return this;
    }

    Articles canonical(String url) {
        this.canonicalUrl = url;
        markup.add(new MarkupSignal(MarkupSignal.Source.LINK, "canonical", url,
                "<link rel=\"canonical\" href=\"" + url + "\">"));
        return this;
    }

    Articles ogUrl(String url) {
        markup.add(new MarkupSignal(MarkupSignal.Source.META, "og:url", url,
                "<meta property=\"og:url\" content=\"" + url + "\">"));
        return this;
    }

    Articles meta(String name, String value) {
        markup.add(new MarkupSignal(MarkupSignal.Source.META, name, value,
                "<meta name=\"" + name + "\" content=\"" + value + "\">"));
        return this;
    }

    /** A line printed between the headline and the story, as the extractor keeps it (a "header-line" signal). */
    Articles headerLine(String line) {
        markup.add(new MarkupSignal(MarkupSignal.Source.TEXT, HeaderLineRule.SIGNAL, line, line));
        return this;
    }

    ExtractedArticle build() {
        JsonLdFacts jsonLd = new JsonLdFacts("NewsArticle", null, publisherName, null, jsonLdAuthors,
                sourceOrganizations, isBasedOn, null, null, null, null);
        return new ExtractedArticle("A headline", authors, byline, null, null, language, null, siteName, siteDomain,
                canonicalUrl, body, jsonLd, markup, List.of());
    }
}
