package io.wiretrace.extract;

/** Counts for one element's subtree (excluded subtrees left out), gathered in one bottom-up pass. Mutable, local. */
final class NodeStats {
    int text;
    double linkText;
    int commas;
    int ownText;
    int ownCommas;
    int paragraphs;
    int images;
    int items;
    int inputs;
    int embeds;
    int headingText;
    double score;
    boolean scored;

    double linkDensity() {
        return text == 0 ? 0 : Math.min(1.0, linkText / text);
    }

    void addChild(NodeStats c) {
        text += c.text;
        linkText += c.linkText;
        commas += c.commas;
        paragraphs += c.paragraphs;
        images += c.images;
        items += c.items;
        inputs += c.inputs;
        embeds += c.embeds;
        headingText += c.headingText;
    }
}
