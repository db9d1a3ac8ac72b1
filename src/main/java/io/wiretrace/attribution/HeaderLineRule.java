package io.wiretrace.attribution;

import io.wiretrace.extract.MarkupSignal;
import java.util.ArrayList;
import java.util.List;

/**
 * Credit lines printed between the headline and the article, outside the body (the extractor's {@code header}
 * text signals): a byline naming an agency or desk ("Derrik J. Lang, THE ASSOCIATED PRESS", "Staff and agencies",
 * "Gregg Keizer, Computerworld"; a newsroom only after a writer's name), read as the byline is, and a dateline line ("QUEENSTOWN, New Zealand (AFP)").
 * Photo credits and captions (a sentence inside the line, "Jane Roe/Reuters"), menus (more than three parts) and a lone word that names an agency ("RSS", "Mehr": a feed link, a
 * "more" button) are refused. Confidence a little under the same line in the byline or body: the line's role is read
 * from its place only.
 */
final class HeaderLineRule implements Rule {

    static final String ID = "header.credit";
    private static final double LESS_DIRECT = 0.05;
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("\\s*[,|/·•]\\s*");
    private static final int MAX_PARTS = 3;
    /** A writer's name opening the line, then a separator: "Jane Roe, ", "By JANE ROE | ". */
    private static final java.util.regex.Pattern WRITER_FIRST = java.util.regex.Pattern.compile(
            "(?:[Bb][Yy]\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}\\s*[,|–—-]");
    /** A caption: a sentence ends inside the line, or a name is glued to a slash ("Jane Roe/Reuters", "AFP/Getty"). */
    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile(
            "\\p{Ll}{2,}[.!?]\\s+\\p{Lu}|\\p{L}/\\p{L}");

    private static boolean isTheMarkedByline(ArticleView view, String line) {
        String byline = view.article().byline();
        String lower = line.strip().toLowerCase(java.util.Locale.ROOT);
        return byline != null && !lower.isEmpty() && byline.strip().toLowerCase(java.util.Locale.ROOT).endsWith(lower);
    }

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (MarkupSignal s : view.article().markup()) {
            if (s.source() != MarkupSignal.Source.TEXT || !"header".equals(s.name()) || PhotoCues.present(s.value())) {
                continue;
            }
            String line = s.value();
            if (isTheMarkedByline(view, line) || CAPTION.matcher(line).find()) {
                continue; // the byline rule has read it already; a caption under the lead picture credits the picture
            }
            List<CreditList.Part> dateline = DatelineRule.placeLineCredits(view, line);
            for (CreditList.Part part : dateline) {
                part.target().ifPresent(t -> found.add(Findings.outside(line, Findings.DATELINE, AttributionKind.DATELINE,
                        t, 0.8, ID, "A dateline line under the headline credits " + t.name() + ".")));
            }
            if (!dateline.isEmpty()) {
                continue;
            }
            int parts = PARTS.split(Targets.clean(line)).length;
            if (parts > MAX_PARTS) {
                continue; // a menu or a list of sections, not a byline
            }
            if (!line.strip().contains(" ")) {
                continue; // "RSS", "Mehr" ("more"): a lone word under the headline is a link or button
            }
            for (Attribution a : BylineCreditRule.creditsOfLine(view, line, Findings.BYLINE)) {
                boolean agency = Targets.AGENCIES.equals(a.target().name())
                        || view.targets().agency(a.target().mention()).isPresent();
                if (!agency && !WRITER_FIRST.matcher(line).lookingAt()) {
                    continue; // a newsroom only after a writer's name: "Blogs & Opinion" is a section
                }
                found.add(Findings.outside(line, Findings.BYLINE, a.kind(), a.target(),
                        Math.max(0.5, a.confidence() - LESS_DIRECT), ID,
                        "A byline line under the headline credits " + a.target().name() + "."));
            }
        }
        return found;
    }
}
