package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.OutboundLink;
import io.wiretrace.outlet.Domains;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A link that is itself the source credit: a line closing the story whose whole text is an anchor such as "Source
 * link", "Go to Source" or "Read the original article" (`attribution/source-link-anchors.tsv`), linking another site,
 * as feed importers and sites re-running other outlets' copy print it. The link's page is the credited source; its
 * domain names the outlet (a registry outlet, else an unknown one of that domain). A link to the page's own site or to
 * a social network, a line in the middle of the story, and a label beside the anchor ("Source link: Valmere Times",
 * read by the source-label rule) are not read here.
 */
final class SourceLinkRule implements Rule {

    static final String ID = "source.link";
    private static final Set<String> ANCHORS = Set.copyOf(WordList.lines("/attribution/source-link-anchors.tsv"));
    /** A line's own decoration around the anchor: brackets, a closing colon, dot or arrow. */
    private static final Pattern DECORATION = Pattern.compile("^[\\s(\\[]+|[\\s:.)\\]»›→>]+$");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.closing()) {
            if (!closesTheStory(view, block)) {
                continue; // between two paragraphs of the story: an embed's or a quote's link
            }
            String line = DECORATION.matcher(block.text()).replaceAll("").toLowerCase(Locale.ROOT);
            if (!ANCHORS.contains(line)) {
                continue;
            }
            foreignLink(view, block).ifPresent(link -> {
                Optional<Target> target = view.targets().byUrl(link.href(), Domains.registrableDomain(link.href()));
                target.ifPresent(t -> found.add(Findings.inBody(view, block.start(), block.start() + block.text().length(),
                        Findings.FOOTER, AttributionKind.ORIGINAL_SOURCE, t.withUrl(link.href()), 0.75, ID,
                        "A '" + block.text().strip() + "' link closing the story points at " + t.name() + ".")));
            });
        }
        return found;
    }

    /** No long paragraph of the story follows the block: it is among the story's closing lines, not between two. */
    static boolean closesTheStory(ArticleView view, Block block) {
        List<Block> blocks = view.blocks();
        return blocks.subList(block.index() + 1, blocks.size()).stream()
                .noneMatch(b -> b.text().length() >= ArticleView.LONG_PARAGRAPH);
    }

    /** The first link inside the block to another site (not the page's own, not a social network). */
    static Optional<OutboundLink> foreignLink(ArticleView view, Block block) {
        return view.article().links().stream()
                .filter(link -> link.start() >= block.start() && link.end() <= block.start() + block.text().length())
                .filter(link -> CreditLinks.isForeign(view, link.href()))
                .findFirst();
    }
}
