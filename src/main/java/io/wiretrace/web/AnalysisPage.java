package io.wiretrace.web;

import io.wiretrace.app.ReceivedArticle;
import java.util.List;

/** The result of "analyze without storing": extracted fields and attributions highlighted in the body. */
public record AnalysisPage(String title, List<Field> fields, List<AttributionRow> attributions, MarkedText body) {

    public static AnalysisPage of(ReceivedArticle r) {
        String title = r.extracted().title() != null ? r.extracted().title() : "Analysis (not stored)";
        return new AnalysisPage(title, ArticlePage.fields(r.extracted()), AttributionRow.of(r.attributions()),
                MarkedText.of(r.extracted().bodyText(), AttributionRow.spans(r.attributions())));
    }
}
