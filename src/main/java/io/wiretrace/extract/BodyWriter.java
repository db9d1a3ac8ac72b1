package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the selected article elements as text: blocks become paragraphs, excluded elements are skipped, and
 * nested boxes that look like link lists, galleries or forms are dropped (Readability's conditional cleaning),
 * except short credit lines. Records links with the offsets of their anchor text.
 */
final class BodyWriter {

    /** The article text and its links. */
    record Body(String text, List<OutboundLink> links) {
    }

    private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "dl", "table", "form",
            "fieldset", "aside", "header", "footer", "nav", "figure", "center");

    private final DomScan scan;
    private final DomScan.Flags flags;
    private final String titleKey;
    private final LinkResolver resolver;

    BodyWriter(DomScan scan, DomScan.Flags flags, String title, String baseUrl) {
        this.scan = scan;
        this.flags = flags;
        this.titleKey = title == null ? "" : TitleCleaner.key(title);
        this.resolver = new LinkResolver(baseUrl);
    }

    Body write(List<Element> roots) {
        TextSink sink = new TextSink();
        List<OutboundLink> links = new ArrayList<>();
        for (Element root : roots) {
            NodeTraversor.filter(new Writer(sink, links, root), root);
            sink.paragraphBreak();
        }
        return new Body(sink.toString(), links);
    }

    private final class Writer implements NodeFilter {
        private final TextSink sink;
        private final List<OutboundLink> links;
        private final Element root;
        private final List<Object[]> openAnchors = new ArrayList<>();

        Writer(TextSink sink, List<OutboundLink> links, Element root) {
            this.sink = sink;
            this.links = links;
            this.root = root;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                sink.text(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            NodeStats s = scan.get(e);
            if (s == null || (e != root && dropped(e, s))) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            if (tag.equals("br") || Hints.BLOCKS.contains(tag)) {
                sink.paragraphBreak();
            }
            if (tag.equals("a")) {
                String href = resolver.href(e);
                openAnchors.add(new Object[] {e, href, sink.openLink()});
                String logo = LogoCredit.name(e, href, sink::currentLine);
                if (logo != null) {
                    sink.text(" " + logo + " ");
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (Hints.BLOCKS.contains(e.normalName())) {
                sink.paragraphBreak();
            }
            if (e.nameIs("a") && !openAnchors.isEmpty() && openAnchors.get(openAnchors.size() - 1)[0] == e) {
                Object[] anchor = openAnchors.remove(openAnchors.size() - 1);
                int[] span = (int[]) anchor[2];
                sink.closeLink(span);
                if (anchor[1] != null && span[0] >= 0) {
                    links.add(new OutboundLink((String) anchor[1], sink.substring(span[0], span[1]), span[0],
                            span[1]));
                }
            }
            return FilterResult.CONTINUE;
        }

        private boolean dropped(Element e, NodeStats s) {
            String tag = e.normalName();
            if ((tag.equals("h1") || tag.equals("h2")) && (duplicatesTitle(e, s)
                    || (flags.weightClasses() && scan.hint(e).weight() < 0))) {
                return true;
            }
            if (ImageCaptions.isCaptionBox(e, s)) {
                return true;
            }
            // the class hint first: it is cached per class string, while inSentence reads the parent's whole text
            if (flags.stripUnlikely() && s.text < Hints.SMALL_BOX && !tag.equals("p")
                    && scan.hint(e).has(HintCache.SMALL_BOILERPLATE) && !inSentence(e) && !ProvenanceLines.matches(e)) {
                return true;
            }
            if (!flags.cleanConditionally() || !CONDITIONAL.contains(tag)) {
                return false;
            }
            if (!ConditionalCleaning.remove(e, s, flags.weightClasses() ? scan.hint(e).weight() : 0)) {
                return false;
            }
            return !(s.text <= 320 && ProvenanceLines.matches(e.text())); // a credit line stays
        }

        /**
         * A link in running text ("advances in &lt;a class="keywords"&gt;neuroscience&lt;/a&gt;, it has become"): its
         * class names a keyword box, but dropping it would cut words out of the sentence.
         */
        private static boolean inSentence(Element e) {
            return e.nameIs("a") && e.parent() != null && e.parent().nameIs("p") && !e.parent().ownText().isBlank();
        }

        private boolean duplicatesTitle(Element e, NodeStats s) {
            return !titleKey.isEmpty() && s.text < 400 && TitleCleaner.key(e.text()).equals(titleKey);
        }
    }
}
