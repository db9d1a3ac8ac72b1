package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credit lines that name who wrote the report, set apart from the prose: a contributors line ("Contributing: Jane
 * Doe, USA TODAY; The Associated Press", "Contributors: Reuters, AFP") and a wire footer naming the report's author
 * ("This report by The Canadian Press was first published March 3, 2024."). The line must open with the phrase.
 * Agencies in a contributors line are wire credits (a newsroom next to a person's name is that person's employer);
 * the author of a "this report by X was first published" footer is a wire credit when X is an agency and a
 * republication when X is another registry outlet.
 */
final class ReportCreditRule implements Rule {

    static final String ID = "credit.report-line";

    private static final Pattern CONTRIBUTORS = Pattern.compile(
            "(?iu)^(?:contributing(?: writers?| reporters?| reporting)?|contributors?|also contributing)\\s*:\\s*"
                    + "(?<who>.{2,240})$");
    private static final Pattern REPORT_BY = Pattern.compile(
            "(?iu)^this (?:report|story|article) by (?<who>[^.;\\n]{2,80}?) was (?:first |originally )?published\\b");
    private static final Keywords WORDS = new Keywords("contribut", " by ");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        OutletScanner scanner = new OutletScanner(view.resolver());
        for (Block block : view.blocks()) {
            String text = block.text();
            if (!WORDS.in(block)) {
                continue;
            }
            Matcher contributors = CONTRIBUTORS.matcher(text);
            if (contributors.matches()) {
                String who = contributors.group("who");
                for (OutletScanner.Hit hit : scanner.agencies(who)) {
                    if (!OutletScanner.partOfLongerName(who, hit)
                            && !ContributedCreditRule.FORMER.matcher(who.substring(0, hit.start())).find()) {
                        view.targets().agency(hit.mention()).ifPresent(t -> found.add(Findings.inBody(view,
                                block.start(), block.end(), Findings.lineLocation(view, block),
                                AttributionKind.WIRE_CREDIT, t, 0.85, ID,
                                "A contributors line under the report names " + t.name() + ".")));
                    }
                }
            }
            Matcher reportBy = REPORT_BY.matcher(text);
            if (reportBy.lookingAt()) {
                author(view, reportBy.group("who")).ifPresent(t -> found.add(Findings.inBody(view, block.start(),
                        block.start() + reportBy.end(), Findings.lineLocation(view, block),
                        view.targets().isAgency(t) ? AttributionKind.WIRE_CREDIT : AttributionKind.REPUBLISHED_FROM, t, 0.85, ID,
                        "A footer says the report is by " + t.name() + ".")));
            }
        }
        return found;
    }

    private static Optional<Target> author(ArticleView view, String who) {
        Optional<Target> agency = view.targets().agency(who);
        return agency.isPresent() ? agency : view.targets().known(who).filter(t -> t.key() != null);
    }
}
