package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese wire datelines and reporter lines opening the body: "新华社北京4月24日电" (Xinhua, Beijing, 24 April, by
 * wire), "中新社香港5月2日電", the same in lenticular brackets ("【新华社北京3月5日电】") or with the day only ("（中央社台北5日电）"),
 * and "新华社记者" / "中央社記者王小明" (the agency's reporter) as a line of the head or as the byline. The agency
 * is the longest registry wire agency name that opens the line; a newspaper's own "本报讯" names none.
 */
final class ChineseWireLineRule implements Rule {

    static final String ID = "dateline.chinese-wire";

    /** Agency, then up to twelve characters of place, a (month-)day date and 电/電/讯/訊 ("by wire", "news"). */
    private static final Pattern DATELINE = Pattern.compile(
            // the month may be left out, as Taiwan's CNA dates its copy: "（中央社台北5日电）"
            "^[（(【〔]?(?<lead>\\p{IsHan}{2,12}?)\\s*(?:(?:\\d{4}年)?\\d{1,2}月)?\\d{1,2}日\\s*(?:电|電|讯|訊)");
    /** Agency, then 记者/記者 (reporter), optionally followed by names. */
    private static final Pattern REPORTER = Pattern.compile("^[（(]?(?<lead>\\p{IsHan}{2,8}?)(?:记者|記者)");
    private static final int MAX_REPORTER_LINE = 40;

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.opening()) {
            Matcher d = DATELINE.matcher(block.text());
            if (d.find()) {
                agencyOpening(view, d.group("lead")).ifPresent(t -> found.add(Findings.inBody(view, block.start(),
                        block.start() + d.end(), Findings.DATELINE, AttributionKind.DATELINE, t, 0.9, ID,
                        "The body opens with a Chinese wire dateline of " + t.name() + ".")));
                continue;
            }
            Matcher r = REPORTER.matcher(block.text());
            if (block.text().length() <= MAX_REPORTER_LINE && r.find()) {
                agencyOpening(view, r.group("lead")).ifPresent(t -> found.add(Findings.inBody(view, block.start(),
                        block.start() + r.end(), Findings.BYLINE, AttributionKind.WIRE_CREDIT, t, 0.85, ID,
                        "A line above the story names the reporters of " + t.name() + ".")));
            }
        }
        // the same reporter line as the page's byline: "新华社记者 王明"
        String byline = view.article().byline();
        Matcher b = byline == null ? null : REPORTER.matcher(byline.strip());
        if (b != null && byline.strip().length() <= MAX_REPORTER_LINE && b.find()) {
            agencyOpening(view, b.group("lead")).ifPresent(t -> found.add(Findings.outside(byline.strip(),
                    Findings.BYLINE, AttributionKind.WIRE_CREDIT, t, 0.85, ID, "The byline names the reporters of "
                            + t.name() + ".")));
        }
        return found;
    }

    /** The longest prefix of {@code lead} that names a registry wire agency ("新华社" of "新华社北京"). */
    private static Optional<Target> agencyOpening(ArticleView view, String lead) {
        for (int end = lead.length(); end >= 2; end--) {
            Optional<Target> agency = view.targets().agency(lead.substring(0, end));
            if (agency.isPresent()) {
                return agency;
            }
        }
        return Optional.empty();
    }
}
