package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Korean reporter's byline with the agency in brackets after the title 기자 (reporter), 특파원 (correspondent) or
 * 통신원 (stringer): "홍길동 기자 (연합뉴스)", perhaps followed by an e-mail address. Korean names have no capitals, so
 * {@link BylineParser} does not read them. The page's byline, or a short line of the body's head; the bracket must
 * name a registry wire agency ("홍길동 기자 (항만일보)", a paper's own name, is none).
 */
final class KoreanReporterBylineRule implements Rule {

    static final String ID = "byline.korean-reporter";

    private static final Pattern BYLINE = Pattern.compile(
            "^(?<name>\\p{IsHangul}{2,5})\\s*(?:기자|특파원|통신원)\\s*[(（\\[](?<agency>[^()（）\\[\\]]{2,12})[)）\\]]"
                    + "\\s*(?:[\\w.+-]+@[\\w.-]+)?\\s*$");
    private static final int MAX_LINE = 60;

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        String byline = view.article().byline();
        if (byline != null) {
            Matcher m = BYLINE.matcher(byline.strip());
            if (m.matches()) {
                view.targets().agency(m.group("agency")).ifPresent((Target t) -> found.add(Findings.outside(
                        byline.strip(), Findings.BYLINE, AttributionKind.WIRE_CREDIT, t, 0.85, ID,
                        "The reporter's byline credits " + t.name() + ".")));
            }
        }
        for (Block block : view.opening()) {
            Matcher m = BYLINE.matcher(block.text());
            if (block.text().length() <= MAX_LINE && m.matches()) {
                view.targets().agency(m.group("agency")).ifPresent((Target t) -> found.add(Findings.inBody(view,
                        block.start(), block.end(), Findings.BYLINE, AttributionKind.WIRE_CREDIT, t, 0.85, ID,
                        "A reporter's line above the story credits " + t.name() + ".")));
            }
        }
        return found;
    }
}
