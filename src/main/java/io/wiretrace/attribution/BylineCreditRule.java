package io.wiretrace.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Agency and outlet credits in the byline and the author lists: "By Jane Doe, Associated Press", "Par AFP",
 * "Por: Agencia Reforma", "Af Ritzau", "Von David Hutzler, dpa", "Hillel Italie, AP National Writer", "JIJI",
 * "Staff and agencies", "By Kate Sullivan, CNN". A newsroom counts only where a wire byline names the desk after a
 * person ("By Kate Sullivan, CNN"); a byline that is only a newsroom ("By Fox News") is a republication, which the
 * republication rules report. The page's own outlet is removed later as a self-reference.
 */
final class BylineCreditRule implements Rule {

    static final String ID = "byline.credit";

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> all = new ArrayList<>();
        credits(view, all);
        // the byline and the author list often repeat the same credit: keep the first per target and location
        java.util.Set<String> seen = new java.util.HashSet<>();
        return all.stream()
                .filter(a -> seen.add(a.target().name() + "|" + a.evidence().location()))
                .toList();
    }

    private static void credits(ArticleView view, List<Attribution> found) {
        String byline = view.article().byline();
        if (byline != null && !byline.isBlank()) {
            BylineParser.credits(view, byline, Findings.BYLINE, found);
        }
        for (String author : view.article().authors()) {
            if (byline != null && StateCodes.named(view, byline, author.strip())) {
                continue; // "PA" split from "By Jane Roe | Harbour City, PA": a state, not PA Media
            }
            BylineParser.credits(view, author, Findings.BYLINE, found);
        }
        for (String author : view.article().jsonLd().authors()) {
            BylineParser.credits(view, author, Findings.JSONLD, found);
        }
        if (found.isEmpty()) {
            HeadBylines.read(view, found);
        }
    }
}
