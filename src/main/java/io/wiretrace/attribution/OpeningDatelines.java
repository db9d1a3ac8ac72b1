package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared reading of a dateline rule: the first opening line whose dateline names an agency. Stateless. */
final class OpeningDatelines {

    private OpeningDatelines() {
    }

    /**
     * The dateline of the first of the body's opening lines that {@code dateline} finds and {@code agency} resolves
     * (it returns empty for a match that names no agency, and the next line is tried); else none.
     */
    static List<Attribution> first(ArticleView view, Pattern dateline, Function<Matcher, Optional<Target>> agency,
            String ruleId) {
        return first(view, dateline, agency, ruleId, "wire dateline");
    }

    /** As {@link #first(ArticleView, Pattern, Function, String)}, the reason naming the dateline as {@code what}. */
    static List<Attribution> first(ArticleView view, Pattern dateline, Function<Matcher, Optional<Target>> agency,
            String ruleId, String what) {
        for (Block block : view.opening()) {
            Matcher m = dateline.matcher(block.text());
            if (!m.find()) {
                continue;
            }
            Optional<Target> found = agency.apply(m);
            if (found.isPresent()) {
                Target t = found.get();
                return List.of(Findings.inBody(view, block.start(), block.start() + m.end(), Findings.DATELINE,
                        AttributionKind.DATELINE, t, 0.85, ruleId, "The body opens with a " + what + " of " + t.name()
                        + "."));
            }
        }
        return List.of();
    }
}
