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
    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_ALTERNATIVES = 3;
    private static final int CREDIT_LEVELS = 3;
    private static final int CREDIT_SIBLINGS = 3;

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
                            + (flags.weightClasses() ? scan.hint(container).weight() : 0);
                    scoredContainers.add(container);
                }
                cs.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3.0);
                container = container.parent();
            }
        }
        for (Element c : scoredContainers) {
            NodeStats cs = scan.get(c);
            cs.score *= 1 - cs.linkDensity();
        }
        scoredContainers.sort((a, b) -> Double.compare(scan.get(b).score, scan.get(a).score));
        if (scoredContainers.isEmpty()) {
            return List.of();
        }
        Element top = commonAncestorOfAlternatives(scoredContainers, body, scan);
        top = climb(top, body, scan);
        List<Element> roots = withSiblings(top, scan);
        roots.addAll(trailingCreditLines(top, body, scan));
        return roots;
    }

    /**
     * When several other top candidates score nearly as well, the article is split across them (a list of steps,
     * paragraphs in separate wrappers): take the nearest ancestor of the best that contains at least three.
     */
    private static Element commonAncestorOfAlternatives(List<Element> ranked, Element body, DomScan scan) {
        Element top = ranked.get(0);
        double topScore = scan.get(top).score;
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            if (topScore > 0 && scan.get(ranked.get(i)).score / topScore >= 0.75) {
                alternatives.add(ranked.get(i));
            }
        }
        if (alternatives.size() < MIN_ALTERNATIVES) {
            return top;
        }
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            int containing = 0;
            for (Element alternative : alternatives) {
                if (alternative != parent && isAncestor(parent, alternative)) {
                    containing++;
                }
            }
            if (containing >= MIN_ALTERNATIVES) {
                return parent;
            }
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
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
            return new ArrayList<>(List.of(top));
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

    /**
     * A sign-off or source line often sits just after the article's wrapper, a level or two up ("Originally
     * published at ...", "Quelle: dpa"): look at the first few elements following each of the top candidate's
     * ancestors.
     */
    private static List<Element> trailingCreditLines(Element top, Element body, DomScan scan) {
        List<Element> out = new ArrayList<>();
        Element a = top.parent();
        for (int level = 1; a != null && a != body && level <= CREDIT_LEVELS; level++, a = a.parent()) {
            int seen = 0;
            for (Element next = a.nextElementSibling(); next != null && seen < CREDIT_SIBLINGS;
                    next = next.nextElementSibling()) {
                NodeStats s = scan.get(next);
                if (s == null || s.text == 0) {
                    continue;
                }
                seen++;
                if (s.text <= 320 && ProvenanceLines.matches(next.text())) {
                    out.add(next);
                }
            }
        }
        return out; // collected from the innermost ancestor outwards, which is page order
    }

    private static boolean isContentSibling(Element sibling, NodeStats s, Element top, NodeStats ts,
            double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? ts.score * 0.2 : 0;
        if (s.scored && s.score + bonus >= threshold) {
            return true;
        }
        // a deep wrapper of more paragraphs, styled like the top candidate, lies beyond the scoring depth but is
        // article text all the same
        if (!s.scored && bonus > 0 && s.paragraphs >= 3 && s.text >= 500 && s.linkDensity() < 0.2 && s.commas >= 3) {
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
