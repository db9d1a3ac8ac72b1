package io.wiretrace.extract;

import org.jsoup.nodes.Element;

/**
 * Readability's "clean conditionally" test for a box inside the article: negative weight, or few commas together
 * with too many images, list items, inputs, embeds, or links for its text. Lists inside the article stay (they
 * are often lists of references); related-story lists are caught earlier by their class names. Stateless.
 */
final class ConditionalCleaning {

    private ConditionalCleaning() {
    }

    static boolean remove(Element e, NodeStats s, int weight) {
        double score = s.scored ? s.score : 0;
        if (weight + score < 0) {
            return true;
        }
        String tag = e.normalName();
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        double density = s.linkDensity();
        if (s.commas >= 10) {
            return false;
        }
        int p = s.paragraphs;
        int img = s.images;
        int li = s.items - 100;
        double headingDensity = s.text == 0 ? 0 : (double) s.headingText / s.text;
        return (img > 1 && (double) p / img < 0.5 && e.closest("figure") == null)
                || (!list && li > p)
                || (s.inputs > p / 3)
                || (!list && headingDensity < 0.9 && s.text < 25 && (img == 0 || img > 2) && density > 0)
                || (!list && weight < 25 && density > 0.2)
                || (weight >= 25 && density > 0.5)
                || (s.embeds == 1 && s.text < 75) || s.embeds > 1;
    }
}
