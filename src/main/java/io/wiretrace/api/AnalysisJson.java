package io.wiretrace.api;

import io.wiretrace.app.ReceivedArticle;
import io.wiretrace.attribution.AttributionDetector;
import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsonLdFacts;
import io.wiretrace.extract.MarkupSignal;
import io.wiretrace.extract.OutboundLink;
import java.time.OffsetDateTime;
import java.util.List;

/** What {@code POST /api/analyze} returns: the extraction and attributions of an input that was not stored. */
public record AnalysisJson(
        String inputKind, String url, String finalUrl, String canonicalUrl, String title, List<String> authors,
        String byline, OffsetDateTime publishedAt, OffsetDateTime modifiedAt, String language, String description,
        String siteName, String siteDomain, String bodyText, String contentSha256, ArticleJson.FetchJson fetch,
        JsonLdFacts jsonLd, List<MarkupSignal> markup, List<OutboundLink> links, List<AttributionJson> attributions) {

    static AnalysisJson of(ReceivedArticle r) {
        ExtractedArticle x = r.extracted();
        return new AnalysisJson(r.inputKind(), r.url(), r.finalUrl(), x.canonicalUrl(), x.title(), x.authors(),
                x.byline(), x.publishedAt(), x.modifiedAt(), x.language(), x.description(), x.siteName(),
                x.siteDomain(), x.bodyText(), r.contentSha256(),
                r.fetch() == null ? null : ArticleJson.FetchJson.of(r.fetch()), x.jsonLd(), x.markup(), x.links(),
                r.attributions().stream().map(a -> AttributionJson.of(a, AttributionDetector.VERSION)).toList());
    }
}
