package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Evidence;
import io.wiretrace.attribution.Attribution.Target;

/** Small factory for attributions so rules state only what differs. */
final class Findings {

    static final String BODY = "body";
    static final String BYLINE = "byline";
    static final String DATELINE = "dateline";
    static final String FOOTER = "footer";
    static final String META = "meta";
    static final String JSONLD = "jsonld";
    static final String LINK = "link";
    /**
     * How much less sure a credit is when read from a line outside the body (the extractor's header, frame and tail
     * lines) than in the body's own lines: nearer guesswork.
     */
    static final double OUTSIDE_BODY_DISCOUNT = 0.1;

    private Findings() {
    }

    /** A finding whose evidence is {@code body[start, end)}. */
    static Attribution inBody(ArticleView view, int start, int end, String location, AttributionKind kind,
            Target target, double confidence, String rule, String reason) {
        String text = view.body().substring(start, end);
        return new Attribution(kind, target, new Evidence(text, location, start, end), confidence, rule, reason);
    }

    /** A finding whose evidence is outside the body text (byline, markup). */
    static Attribution outside(String evidence, String location, AttributionKind kind, Target target,
            double confidence, String rule, String reason) {
        return new Attribution(kind, target, new Evidence(evidence, location, null, null), confidence, rule, reason);
    }

    /** Where a body line sits: "footer" in the tail, else "body". */
    static String lineLocation(ArticleView view, Block block) {
        return block.index() >= view.blocks().size() - ArticleView.TAIL_LINES && block.index() >= ArticleView.HEAD_LINES
                ? FOOTER : BODY;
    }
}
