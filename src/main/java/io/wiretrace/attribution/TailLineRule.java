package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.MarkupSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credits in the few lines right after the story, which body extraction leaves out (the extractor's "tail-line"
 * signals: a source block in a sibling div or table cell after the last paragraph). Only strict forms naming a
 * registry wire agency or unnamed agencies are read: the line alone ("Staff and agencies", "The Associated Press"),
 * a source label ("Source: AFP", "Quelle: dpa/sid"), a dashed sign-off ("— Reuters"), a contributor line
 * ("Agencies contributed to this report") and the site's own name with its agencies ("(Harbour Daily with AFP,
 * Reuters)"). Nearer guesswork than the body's own closing lines, so {@value Findings#OUTSIDE_BODY_DISCOUNT} less
 * sure; other lines (related stories, tags, a writer's note) say nothing.
 */
final class TailLineRule implements Rule {

    static final String ID = "tail.line";
    static final String SIGNAL = "tail-line";
    static final String LOGO = "tail-logo";
    /** The extractor's logo alone in its box between the headline and the story ("header-logo"). */
    static final String HEADER_LOGO = "header-logo";
    private static final java.util.Set<String> LOGOS = java.util.Set.of(LOGO, HEADER_LOGO);
    private static final double CONFIDENCE = 0.75;

    /** "information from", "files from", "reporting by" and their Romance and Germanic forms, before the agency. */
    private static final String INFORMATION = "(?:informa(?:tion|ções|ção|ción|cion|tionen|zioni|tie|tioner)|files|reporting|material|"
            + "materiale|materia)\\s+(?:(?:from|by|de|da|do|das|dos|del|von|der|des|di|della|dello|van|fra|från)\\s+|dell['’]\\s*)";

    /** A source label, a dash, or a contributor line around the credited name (group "name"). */
    private static final List<Pattern> FORMS = List.of(
            // in brackets too, as Chinese footers print it: "（来源：新华社）"
            Pattern.compile("(?iu)^[(（]?\\s*(?:" + SourceLabelRule.ANY_LABEL + ")\\s*[:：]\\s*(?<name>.{2,60}?)\\s*[)）]?\\.?$"),
            Pattern.compile("(?u)^[-–—]+\\s*(?<name>.{2,60}?)\\.?$"),
            Pattern.compile("(?iu)^(?<name>.{2,60}?)\\s+contributed to this (?:report|story|article)\\.?$"),
            // "Associated Press writers Jane Roe in Chicago and Tom Lake contributed to this report."
            Pattern.compile("(?iu)^(?<name>.{2,40}?)\\s+(?:writers?|reporters?|correspondents?|journalists?)\\s+[^.;]{2,120}?"
                    + "\\s+contributed(?: to this (?:report|story|article)| from \\p{Lu}[^.;]{1,40})?\\.?$"),
            // "Material from the Associated Press was used in this report.", "Story by The Associated Press"
            Pattern.compile("(?iu)^(?:material|information|reporting) from (?:the )?(?<name>.{2,60}?) (?:was|were) used in "
                    + "(?:this|the) (?:report|story|article)\\.?$"),
            // "Story: AFP", as a box after the story prints the credit under a label; "Story from Reuters"
            Pattern.compile("(?iu)^(?:story|report)(?:\\s+by:?|\\s+from|\\s*:)\\s+(?<name>.{2,60}?)\\.?$"),
            // "Compiled from Associated Press reports.", as American papers close a story put together from wire copy
            Pattern.compile("(?iu)^(?:compiled|adapted) from (?:the )?(?<name>.{2,60}?) (?:reports|dispatches|stories)\\.?$"),
            // "Avec AFP", "(With Reuters)", "Mit dpa": the story written with the agency's copy
            // "Com informações da Reuters", "Mit Informationen von dpa", "Con información de EFE": the same, in more words
            Pattern.compile("(?iu)^[(\\[*]?\\s*(?:with|avec|con|com|mit|med|met)\\s+(?:" + INFORMATION + ")?"
                    + "(?:l['’]|la |el |der |a |o )?(?<name>.{2,60}?)\\s*[)\\]]?\\.?$"),
            // a Danish sign-off between slashes, an agency beside it: "/ritzau/", "/ritzau/AFP"
            Pattern.compile("(?iu)^/(?<name>[\\p{L}-]{2,20}(?:/[\\p{L}-]{2,10})?)/?$"));
    /** A line alone, of several words: one word alone after the story is as often a picture's credit. */
    private static final Pattern ALONE = Pattern.compile("(?u)^(?<name>\\S+(?:\\s+\\S+)+?)\\.?$");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        List<String> copyright = view.article().markup().stream()
                .filter(s -> s.source() == MarkupSignal.Source.TEXT && "copyright".equals(s.name()) && s.value() != null)
                .map(MarkupSignal::value).toList();
        for (MarkupSignal signal : view.article().markup()) {
            if (signal.source() == MarkupSignal.Source.TEXT && SIGNAL.equals(signal.name()) && signal.value() != null
                    && copyright.stream().noneMatch(c -> c.contains(signal.value().strip()))) {
                read(view, signal.value().strip(), found); // a copyright holder's cell is the copyright line's
            }
            if (signal.source() == MarkupSignal.Source.TEXT && LOGOS.contains(signal.name()) && signal.value() != null) {
                logo(view, signal.value().strip(), LOGO.equals(signal.name()), found);
            }
        }
        return found;
    }

    private static void read(ArticleView view, String line, List<Attribution> found) {
        var closing = AgencyMessageIdRule.agency(view, line); // "The-CNN-Wire™ & © 2008 Cable News Network…"
        if (closing.isPresent()) {
            found.add(Findings.outside(line, Findings.FOOTER, AttributionKind.WIRE_CREDIT, closing.get(),
                    CONFIDENCE - Findings.OUTSIDE_BODY_DISCOUNT, ID,
                    "A line after the story is one only " + closing.get().name() + " prints under its copy."));
            return;
        }
        var notice = SyndicationNoticeRule.noticeAgency(view, line);
        if (notice.isPresent()) {
            found.add(Findings.outside(line, Findings.FOOTER, AttributionKind.SYNDICATED_FEED_DISCLAIMER, notice.get(),
                    0.8, ID, "A line after the story says it is " + notice.get().name() + "'s copy, published unedited."));
            return;
        }
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(line);
            if (m.matches() && credit(view, line, agencies(view, m.group("name").strip()), found)) {
                return;
            }
        }
        Matcher own = OwnAndPartnerLineRule.ownLine(view, line); // "(Harbour Daily with AFP, Reuters)"
        if (own != null && credit(view, line, agencies(view, own.group("rest").strip()), found)) {
            return;
        }
        Matcher alone = ALONE.matcher(line);
        if (alone.matches()) {
            String name = alone.group("name").strip();
            credit(view, line, CreditList.unnamedAgencies(name) ? List.of(Targets.agencies(name))
                    : HeadBylines.agencyOnly(view, name).stream().toList(), found);
        }
    }

    /**
     * The parties of {@code list} ("AFP", "dpa/sid", "AFP, Reuters", "agencies") when each is unnamed agencies or a
     * registry wire agency (editors' initials aside), else none.
     */
    private static List<Target> agencies(ArticleView view, String list) {
        if (CreditList.unnamedAgencies(list)) {
            return List.of(Targets.agencies(list));
        }
        List<Target> targets = new ArrayList<>();
        List<CreditList.Part> parts = CreditList.parse(list, view.targets(), true);
        for (int i = 0; i < parts.size(); i++) {
            CreditList.Part part = parts.get(i);
            if (part.isInitials() && (i > 0 || part.target().isEmpty())) {
                continue; // "dpa/gem": an editor's initials after the agency; "dpa" first is the agency in lower case
            }
            Optional<Target> t = part.target();
            if (t.isEmpty() || t.get().key() != null && !view.targets().isAgency(t.get())) {
                return List.of();
            }
            targets.add(t.get());
        }
        return targets;
    }

    /**
     * An agency's logo alone in a box right after the story (the extractor's "tail-logo": an image that says it is a
     * logo) or between the headline and the story ("header-logo"): the agency's stamp on its copy. Only a registry
     * wire agency; a newsroom's logo there is as often a partner widget.
     */
    private static void logo(ArticleView view, String name, boolean after, List<Attribution> found) {
        view.targets().agency(name).filter(view.targets()::isAgency).ifPresent(t -> found.add(Findings.outside(name,
                after ? Findings.FOOTER : Findings.BYLINE, AttributionKind.WIRE_CREDIT, t,
                CONFIDENCE - Findings.OUTSIDE_BODY_DISCOUNT, ID, "The agency's logo stands alone "
                        + (after ? "right after the story: " : "between the headline and the story: ") + t.name() + ".")));
    }

    private static boolean credit(ArticleView view, String line, List<Target> targets, List<Attribution> found) {
        for (Target t : targets) {
            found.add(Findings.outside(line, Findings.FOOTER, AttributionKind.WIRE_CREDIT, t,
                    CONFIDENCE - Findings.OUTSIDE_BODY_DISCOUNT, ID, "The line right after the story credits " + t.name() + "."));
        }
        return !targets.isEmpty();
    }
}
