package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Readability-style content scoring on top of a {@link DomScan}: every paragraph-like block with enough text
 * scores its container and ancestors (commas and length count, links discount), the best container is picked,
 * and siblings that look like more of the article (or its credit line) are added. Linear in the page size.
 */
final class ContentScorer {

    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;

    private ContentScorer() {
    }

    /** The article's top-level elements in page order; empty when nothing scored. */
    static List<Element> select(Element body, DomScan scan, DomScan.Flags flags) {
        List<Element> scoredContainers = new ArrayList<>();
        for (Map.Entry<Element, NodeStats> entry : scan.entries()) {
            Element e = entry.getKey();
            NodeStats s = entry.getValue();
            if (s.ownText < MIN_PARAGRAPH || Hints.NOT_SCORED.contains(e.normalName())) {
                continue;
            }
            boolean paragraph = Hints.PARAGRAPH_TAGS.contains(e.normalName());
            double score = 1 + s.ownCommas + Math.min(Math.floor(s.ownText / 100.0), 3);
            Element container = paragraph ? e.parent() : e;
            for (int level = 0; container != null && level < ANCESTOR_LEVELS; level++) {
                NodeStats cs = scan.get(container);
                if (cs == null || container.parent() == null) {
                    break;
                }
                if (!cs.scored) {
                    cs.scored = true;
                    cs.score = Hints.tagWeight(container.normalName())
                            + (flags.weightClasses() ? Hints.classWeight(container) : 0);
                    scoredContainers.add(container);
                }
                cs.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3.0);
                container = container.parent();
            }
        }
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Element c : scoredContainers) {
            NodeStats cs = scan.get(c);
            cs.score *= 1 - cs.linkDensity();
            if (cs.score > best) {
                best = cs.score;
                top = c;
            }
        }
        if (top == null) {
            return List.of();
        }
        top = climb(top, body, scan);
        return withSiblings(top, scan);
    }

    /** Moves up while a parent scores better, and past wrappers that hold nothing else. */
    private static Element climb(Element top, Element body, DomScan scan) {
        double lastScore = scan.get(top).score;
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            NodeStats ps = scan.get(parent);
            if (ps == null || !ps.scored) {
                continue;
            }
            if (ps.score < threshold) {
                break;
            }
            if (ps.score > lastScore) {
                top = parent;
                break;
            }
            lastScore = ps.score;
        }
        for (Element parent = top.parent(); parent != null && parent != body && scan.get(parent) != null
                && includedChildren(parent, scan) == 1; parent = top.parent()) {
            top = parent;
        }
        return top;
    }

    private static int includedChildren(Element e, DomScan scan) {
        int n = 0;
        for (Element c : e.children()) {
            if (scan.get(c) != null) {
                n++;
            }
        }
        return n;
    }

    private static List<Element> withSiblings(Element top, DomScan scan) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        NodeStats ts = scan.get(top);
        double threshold = Math.max(10, ts.score * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            NodeStats s = scan.get(sibling);
            if (sibling == top) {
                out.add(sibling);
            } else if (s != null && isContentSibling(sibling, s, top, ts, threshold)) {
                out.add(sibling);
            }
        }
        return out;
    }

    private static boolean isContentSibling(Element sibling, NodeStats s, Element top, NodeStats ts,
            double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? ts.score * 0.2 : 0;
        if (s.scored && s.score + bonus >= threshold) {
            return true;
        }
        if (s.text > 0 && s.text <= 320 && ProvenanceLines.matches(sibling.text())) {
            return true;
        }
        if (!sibling.nameIs("p")) {
            return false;
        }
        double density = s.linkDensity();
        if (s.text > 80) {
            return density < 0.25;
        }
        if (s.text == 0 || density > 0) {
            return false;
        }
        String text = sibling.text().trim();
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?");
    }
}
