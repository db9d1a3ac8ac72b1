package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.OutboundLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line closing the story that sends the reader to the text's original: "Read the original at Valmere Times", "Read
 * the full story at Reuters", "Continue reading at valmeretimes.example", "Read more at <a href=…>Valmere Times</a>".
 * Without a link the name must be a registry outlet or a domain ("Read the original at" also a publication's name,
 * "Valmere Times"); with a link to another site (not the page's own, a social network or a public body's), the linked
 * page is the source, shown under the printed name, which must be a registry outlet's, a domain or a publication's
 * ("Read more at our website", "Read more at Valmere Zoo" credit no one). Not between two paragraphs of the story.
 */
final class ReadOriginalAtRule implements Rule {

    static final String ID = "footer.read-at";

    private static final Pattern READ_AT = Pattern.compile(
            "(?iu)^(?:continue reading|(?:read|see|view|find)\\s+(?<what>(?:the\\s+)?(?:original|full|complete|entire)"
                    + "(?:\\s+(?:story|article|report|post|piece|version))?|the\\s+(?:story|article|rest)|more|"
                    + "this\\s+(?:story|article)(?:\\s+in\\s+full)?))\\s+(?:at|on)\\s+(?<name>[^:|]{2,60}?)\\s*[.!]?$");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.closing()) {
            if (!SourceLinkRule.closesTheStory(view, block)) {
                continue; // between two paragraphs of the story: further reading, not the source
            }
            Matcher m = READ_AT.matcher(block.text().strip());
            if (!m.matches()) {
                continue;
            }
            String name = CreditedName.cut(m.group("name"));
            boolean original = m.group("what") != null
                    && m.group("what").toLowerCase(java.util.Locale.ROOT).contains("original");
            target(view, block, name, original).ifPresent(t -> found.add(Findings.inBody(view, block.start(),
                    block.start() + block.text().length(), Findings.FOOTER, AttributionKind.ORIGINAL_SOURCE, t,
                    t.key() != null ? 0.8 : 0.65, ID, "A line closing the story sends the reader to the original at "
                            + t.name() + ".")));
        }
        return found;
    }

    private static Optional<Target> target(ArticleView view, Block block, String name, boolean original) {
        if (SourceLabelRule.NOT_A_SOURCE.inText(name) || PersonNames.isPerson(name)) {
            return Optional.empty();
        }
        Optional<OutboundLink> link = SourceLinkRule.foreignLink(view, block);
        if (link.isPresent()) {
            String href = link.get().href();
            String domain = io.wiretrace.outlet.Domains.registrableDomain(href);
            if (domain == null || SourceLabelRule.publicSite(domain) || !outletName(view, name)) {
                return Optional.empty();
            }
            return view.targets().byUrl(href, name).map(t -> t.withUrl(href));
        }
        Optional<Target> known = view.targets().known(name);
        if (known.isPresent()) {
            return known;
        }
        return original && PersonNames.publicationName(name) ? Optional.of(Targets.unknownName(name)) : Optional.empty();
    }

    /**
     * The printed name reads as an outlet's: a registry outlet, a domain, or a publication's name ("Valmere Times");
     * a zoo's, a company's or a council's site linked for further reading is not the text's source.
     */
    private static boolean outletName(ArticleView view, String name) {
        return view.targets().known(name).isPresent() || io.wiretrace.outlet.Domains.looksLikeDomain(name)
                || PersonNames.publicationName(name);
    }
}
