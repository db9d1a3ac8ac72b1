package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese "reprinted from" line with the source's name glued to the words, without the colon of a label: "本文转载自
 * 新华网", "转载自新华网", "转自人民网", "本文来自新华社" ("this text comes from"). A header or closing line of its own; the name must be a registry outlet (a data
 * source named so, "转载自国家统计局网站", is not). The forms with a colon are {@link SourceLabelRule}'s.
 */
final class ChineseReprintLineRule implements Rule {

    static final String ID = "footer.reprinted-from";

    private static final Pattern LINE = Pattern.compile(
            "^[（(]?(?<label>(?:本文|文章|此文)?(?:转载自|轉載自|转自|轉自)|(?:本文|文章|此文)(?:来自|來自|来源于|來源於))(?<value>[^\\s:：，,。.；;()（）]{2,20})[。.]?[）)]?$");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.headAndTail()) {
            Matcher m = LINE.matcher(block.text());
            if (!m.matches() || SourceLabelRule.NOT_A_SOURCE.inText(m.group("value"))) {
                continue;
            }
            view.targets().known(m.group("value")).filter(t -> t.key() != null).ifPresent((Target t) -> found.add(
                    Findings.inBody(view, block.start() + m.start("label"), block.start() + m.end("value"),
                            Findings.lineLocation(view, block), AttributionKind.ORIGINAL_SOURCE, t, 0.8, ID,
                            "A '" + m.group("label") + "' line names " + t.name() + " as the source.")));
        }
        return found;
    }
}
