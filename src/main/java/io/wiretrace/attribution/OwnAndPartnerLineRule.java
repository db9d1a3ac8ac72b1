package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closing line that names the site itself together with its partners: "(Harbour Daily with AFP, Reuters)",
 * "Harbour Daily / Valmere Times", "Harbour Daily mit dpa". The site signs the story with the sources it was written
 * from; each partner is credited. A slash or bar must stand between spaces: "Harbour Daily/Billboard" is written as
 * a picture's credit is. Partners must be registry outlets or agencies, except a single name after a slash
 * ("Harbour Daily / Valmere Times"), the form of a story taken over from one paper, which counts written as a name.
 */
final class OwnAndPartnerLineRule implements Rule {

    static final String ID = "closing.own-and-partner";
    private static final int MAX_LINE = 80;
    private static final Pattern LINE = Pattern.compile("(?u)^[(\\[]?\\s*(?<own>[^/|()\\[\\]]{2,40}?)"
            + "(?<sep>\\s/\\s|\\s\\|\\s|\\s(?:with|avec|mit|con|com|y|e|and|und|et|&|\\+)\\s)\\s*(?<rest>[^()\\[\\]]{2,60}?)\\s*[)\\]]?\\.?$");
    /** One to four capitalised words of an outlet's name. */
    private static final Pattern NAME = Pattern.compile("(?u)\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.closing()) {
            Matcher m = ownLine(view, block.text());
            if (m == null) {
                continue;
            }
            List<CreditList.Part> parts = CreditList.parse(m.group("rest"), view.targets(), false);
            for (CreditList.Part part : parts) {
                Optional<Target> target = part.target();
                if (target.isEmpty() && parts.size() == 1 && m.group("sep").strip().equals("/") && NAME.matcher(part.text()).matches()) {
                    target = Optional.of(Targets.unknownName(part.text()));
                }
                target.ifPresent(t -> found.add(Findings.inBody(view, block.start(), block.end(),
                        Findings.lineLocation(view, block), AttributionKind.WIRE_CREDIT, t, 0.7, ID,
                        "The closing line signs the story with the site's own name and " + t.name() + ".")));
            }
        }
        return found;
    }

    /** The matched line when {@code text} is the site's own name and its partners, else null; "rest" the partners. */
    static Matcher ownLine(ArticleView view, String text) {
        Matcher m = LINE.matcher(text);
        return text.length() <= MAX_LINE && m.matches()
                && AttributionDetector.isSelf(view, Targets.unknownName(m.group("own"))) ? m : null;
    }
}
