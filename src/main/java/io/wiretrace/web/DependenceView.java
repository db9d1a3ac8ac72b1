package io.wiretrace.web;

import io.wiretrace.reuse.Dependence;
import java.util.List;

/**
 * The degree of dependence as a page shows it: the level in words, its confidence, which side is derived, the derived
 * share of each side, the share of the source used, and the reasons.
 */
public record DependenceView(String level, String css, String confidence, String derived, String shareHere,
        String shareThere, String sourceCoverage, List<String> reasons) {

    /** Seen from {@code selfId} (the dependence's side A); null when not judged (a match stored before it existed). */
    static DependenceView of(Dependence d, String selfId) {
        if (d == null) {
            return null;
        }
        String derived = d.commonSourceId() != null ? "neither: both draw on article " + d.commonSourceId()
                : d.derivedId() == null ? "order unknown" : d.derivedId().equals(selfId) ? "this article"
                : "the other article";
        return new DependenceView(d.level().code().replace('_', ' '), "dep-" + d.level().code(),
                ArticlePage.percent(d.confidence()), derived, ArticlePage.percent(d.derivedShareA()),
                ArticlePage.percent(d.derivedShareB()), ArticlePage.percent(d.sourceCoverage()), d.reasons());
    }

    /** One line for a table cell's tooltip. */
    public String reasonLine() {
        return String.join("; ", reasons);
    }
}
