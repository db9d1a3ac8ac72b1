package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.MarkupSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Credits in the lines printed between the headline and the story, which body extraction leaves out (the
 * extractor's "header-line" signals): a byline naming an agency or an outlet after the writer ("Jane Roe, THE
 * ASSOCIATED PRESS", "By Jane Roe | Harbour Wire"), a line that is only an agency's name of several words ("THE ASSOCIATED PRESS"), a credit to unnamed
 * agencies ("Staff and agencies", "By Agencies") and a dateline alone on its line ("HARBOUR CITY (AFP)"). Each line
 * is read in the same strict forms as the body's head lines; other lines (breadcrumbs, dates, teasers) say nothing.
 * The "frame-line" signals (the few lines right before the story on a page whose headline is no heading) are read
 * the same way, but only their credits to agencies and datelines count, with {@value Findings#OUTSIDE_BODY_DISCOUNT} less confidence.
 */
final class HeaderLineRule implements Rule {

    static final String ID = "header.line";
    static final String SIGNAL = "header-line";
    /**
     * The few lines right before the story on a page whose headline is no heading: nearer guesswork, so only credits
     * to agencies and datelines are read there, with less trust.
     */
    static final String FRAME_SIGNAL = "frame-line";

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        String above = null; // the line before, of the same zone: a writer's "By" line over a desk line
        String aboveZone = null;
        for (MarkupSignal signal : view.article().markup()) {
            if (signal.source() != MarkupSignal.Source.TEXT || signal.value() == null
                    || !SIGNAL.equals(signal.name()) && !FRAME_SIGNAL.equals(signal.name())) {
                continue;
            }
            String line = signal.value().strip();
            String previous = signal.name().equals(aboveZone) ? above : null;
            above = line;
            aboveZone = signal.name();
            if (SIGNAL.equals(signal.name())) {
                read(view, previous, line, found);
            } else {
                List<Attribution> framed = new ArrayList<>();
                read(view, previous, line, framed);
                for (Attribution a : framed) {
                    if (!agencyCredit(view, a)) {
                        continue; // an outlet after a writer's name there may be the writer's other paper
                    }
                    found.add(new Attribution(a.kind(), a.target(), a.evidence(),
                            a.confidence() - Findings.OUTSIDE_BODY_DISCOUNT, a.rule(),
                            a.reason().replace("above the story", "right before the story")));
                }
            }
        }
        return found;
    }

    /** A dateline, or a credit to news agencies or to a registry wire agency. */
    private static boolean agencyCredit(ArticleView view, Attribution a) {
        Target t = a.target();
        return a.kind() == AttributionKind.DATELINE || t.key() == null && Targets.AGENCIES.equals(t.name())
                || t.key() != null && view.targets().isAgency(t);
    }

    private static final Pattern BY = Pattern.compile("(?iu)^(?:by|par|por|von|door|af|av|di|da)\\s+");

    /** Reads {@code line}; {@code above} is the header line printed right over it, or null. */
    private static void read(ArticleView view, String above, String line, List<Attribution> found) {
        int before = found.size();
        read(view, line, found);
        if (found.size() == before && above != null && line.strip().contains(" ")) {
            // "By KAREN WILTSE" over "AP Business Writer": the agency desk of the writer named above (one word alone
            // there, "Reuters", is as often a picture's credit; a newsroom there, the writer's other paper)
            HeadBylines.deskBelow(view, above, line).filter(view.targets()::isAgency).ifPresent(t -> found.add(credit(AttributionKind.WIRE_CREDIT,
                    Findings.BYLINE, line, t, 0.75, "The line under the byline '" + above + "' names the writer's desk, "
                            + t.name() + ".")));
        }
    }

    private static void read(ArticleView view, String line, List<Attribution> found) {
        for (Target t : DatelineRule.placeLineCredits(line, view)) {
            found.add(credit(AttributionKind.DATELINE, Findings.DATELINE, line, t, 0.8,
                    "A dateline above the story credits " + t.name() + "."));
        }
        List<Target> stamped = DatedCreditLine.agencies(view, line);
        for (Target t : stamped) {
            found.add(credit(AttributionKind.WIRE_CREDIT, Findings.BYLINE, line, t, 0.75,
                    "A dated line above the story names " + t.name() + ", as a byline."));
        }
        if (!stamped.isEmpty()) {
            return;
        }
        var role = line.length() <= 100 ? BareCreditLineRule.agencyRole(view, line) : java.util.Optional.<Target>empty();
        if (role.isPresent()) { // "Von dpa-Korrespondent Tom See"
            found.add(credit(AttributionKind.WIRE_CREDIT, Findings.BYLINE, line, role.get(), 0.75,
                    "The byline above the story names a correspondent of " + role.get().name() + "."));
            return;
        }
        var notice = SyndicationNoticeRule.noticeAgency(view, line);
        if (notice.isPresent()) {
            found.add(credit(AttributionKind.SYNDICATED_FEED_DISCLAIMER, Findings.BYLINE, line, notice.get(), 0.8,
                    "A line above the story says it is " + notice.get().name() + "'s copy, published unedited."));
            return;
        }
        var provider = ProvidedByLines.providerAgency(view, line);
        if (provider.isPresent()) {
            found.add(credit(AttributionKind.WIRE_CREDIT, Findings.BYLINE, line, provider.get(), 0.75,
                    "A line above the story says the wire agency " + provider.get().name() + " supplied it."));
            return;
        }
        // "2024-03-05 10:32 来源：中新网": a CJK source field among the header's date and writer fields, as in a byline
        List<CjkSourceFields.Field> fields = CjkSourceFields.of(view, line);
        for (CjkSourceFields.Field f : fields) {
            found.add(credit(AttributionKind.ORIGINAL_SOURCE, Findings.BYLINE, line, f.target(), 0.75,
                    "A '" + f.label() + "：' field above the story names " + f.target().name() + " as the source."));
        }
        if (!fields.isEmpty()) {
            return;
        }
        String bare = BY.matcher(line).replaceFirst("");
        if (CreditList.unnamedAgencies(bare)) {
            found.add(credit(AttributionKind.WIRE_CREDIT, Findings.BYLINE, line, Targets.agencies(line), 0.75,
                    "The line above the story credits news agencies."));
            return;
        }
        // one word alone ("REUTERS", "EPA") above the story is as often the credit of a picture whose image the
        // extractor could not see (loaded by script): only a name of several words stands as a byline there
        var agency = line.strip().contains(" ") ? HeadBylines.agencyOnly(view, line) : java.util.Optional.<Target>empty();
        if (agency.isPresent()) {
            found.add(credit(AttributionKind.WIRE_CREDIT, Findings.BYLINE, line, agency.get(), 0.75,
                    "A line above the story names only " + agency.get().name() + ", as a byline."));
            return;
        }
        if (HeadBylines.bylineShaped(line)) {
            for (Attribution a : BylineParser.lineCredits(view, line)) {
                found.add(credit(a.kind(), Findings.BYLINE, line, a.target(), Math.min(a.confidence(), 0.75),
                        "The byline above the story credits " + a.target().name() + "."));
            }
        }
    }

    private static Attribution credit(AttributionKind kind, String location, String line, Target target,
            double confidence, String reason) {
        return Findings.outside(line, location, kind, target, confidence, ID, reason);
    }
}
