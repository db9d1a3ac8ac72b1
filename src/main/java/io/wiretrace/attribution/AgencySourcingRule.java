package io.wiretrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sourcing that shows the text is an agency's own copy: officials who "spoke to AFP", "told Reuters", "dijo a EFE",
 * "sagte der dpa". On its own such a phrase is usually a citation ("he told Reuters last week"), so the rule fires
 * only when the page also carries a syndicated-feed disclaimer, and reports low confidence.
 */
final class AgencySourcingRule implements Rule {

    static final String ID = "sourcing.agency-copy";

    private static final Pattern SOURCING = Pattern.compile("(?iu)\\b(?:"
            + "(?:spoke|speaking|talked|talking) (?:to|with)|told|(?:said|says) (?:to|in an interview with)|"
            + "in an interview with|interviewed by|confirmed to|"
            + "(?:a|ont) (?:déclaré|indiqué|affirmé|confié|expliqué|précisé) à|interrogée? par|"
            + "(?:dijo|declaró|explicó|afirmó|aseguró|indicó|confirmó) a|en declaraciones a|consultad[oa] por|"
            + "(?:sagte|erklärte|bestätigte) (?:der|dem|gegenüber der)|im gespräch mit der|gegenüber der|"
            + "(?:disse|afirmou|declarou|explicou|confirmou) (?:à|ao)|em declarações (?:à|ao)"
            + ")\\s+(?:the |l'|l’|la |el |der |dem |a |o )?(?<agency>[\\p{L}][\\p{L}\\-]*(?:\\s[\\p{Lu}][\\p{L}\\-]*){0,3})");

    private static final Keywords KEYWORDS = new Keywords("spoke", "speaking", "talk", "told", "said", "says",
            "interview", "confirmed", " à ", "par", " a ", "declaraciones", "consultad", "sagte", "erklärte",
            "bestätigte", "gespräch", "gegenüber", "à", "ao ");

    @Override
    public List<Attribution> apply(ArticleView view) {
        if (!SyndicationNoticeRule.present(view)) {
            return List.of();
        }
        List<Attribution> found = new ArrayList<>();
        OutletScanner scanner = new OutletScanner(view.resolver());
        for (Block block : view.blocks()) {
            if (!KEYWORDS.in(block)) {
                continue;
            }
            Matcher m = SOURCING.matcher(block.text());
            while (m.find()) {
                List<OutletScanner.Hit> hits = scanner.agencies(m.group("agency"));
                if (hits.isEmpty() || hits.get(0).start() != 0
                        || OutletScanner.partOfLongerName(m.group("agency"), hits.get(0))) {
                    continue;
                }
                var target = view.targets().agency(hits.get(0).mention());
                int[] span = clause(block.text(), m.start(), m.end());
                target.ifPresent(t -> found.add(Findings.inBody(view, block.start() + span[0], block.start() + span[1],
                        Findings.BODY, AttributionKind.WIRE_CREDIT, t, 0.5, ID,
                        "The page is syndicated agency copy and its sources speak to " + t.name() + ".")));
            }
        }
        return found;
    }

    /** The clause around the phrase, bounded by commas or sentence ends, at most 200 characters. */
    private static int[] clause(String line, int start, int end) {
        int s = start;
        while (s > 0 && start - s < 120 && ",.;!?".indexOf(line.charAt(s - 1)) < 0) {
            s--;
        }
        while (s < start && Character.isWhitespace(line.charAt(s))) {
            s++;
        }
        int e = end;
        while (e < line.length() && e - end < 80 && ".;!?".indexOf(line.charAt(e)) < 0) {
            e++;
        }
        return new int[] {s, e};
    }
}
