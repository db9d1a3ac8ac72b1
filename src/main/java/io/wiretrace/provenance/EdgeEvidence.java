package io.wiretrace.provenance;

/**
 * One piece of evidence behind an edge.
 *
 * @param kind       what produced it: an attribution kind's wire name ("original_source"), "reuse" or "revision"
 * @param sentence   a plain sentence for people, e.g. "footer says 'Original Source: www.france24.com'"
 * @param text       exact text as found, may be null
 * @param location   body, byline, dateline, footer, meta, jsonld, link, or null
 * @param start      offset into the body text of the article {@code foundIn}, or null
 * @param end        end offset (exclusive), or null
 * @param confidence 0..1, how much this piece alone supports the edge
 * @param foundIn    node id of the article whose text holds {@code text}, {@code start} and {@code end}
 *                   ("article:12"); not always the edge's own start (an agency credit read in another article that
 *                   carries the same text); null when the piece quotes no text
 */
public record EdgeEvidence(String kind, String sentence, String text, String location, Integer start, Integer end,
                           double confidence, String foundIn) {

    public EdgeEvidence {
        confidence = Confidence.clamp(confidence);
        foundIn = text == null ? null : foundIn;
    }

    /** A piece that names no article holding its text: it quotes none (reuse figures, revisions, aggregates). */
    public EdgeEvidence(String kind, String sentence, String text, String location, Integer start, Integer end,
                        double confidence) {
        this(kind, sentence, text, location, start, end, confidence, null);
    }

    /**
     * The sentence with where its text is, for flat exports: "… [body of article:1, characters 2599-2690]"; the
     * sentence alone when the piece quotes no located text.
     */
    public String citation() {
        if (text == null || location == null) {
            return sentence;
        }
        return sentence + " [" + location + (foundIn == null ? "" : " of " + foundIn)
                + (start == null ? "" : ", characters " + start + "-" + end) + "]";
    }
}
