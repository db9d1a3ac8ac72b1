package io.wiretrace.provenance;

/**
 * One piece of evidence behind an edge.
 *
 * @param kind       what produced it: an attribution kind's wire name ("original_source"), "reuse" or "revision"
 * @param sentence   a plain sentence for people, e.g. "footer says 'Original Source: www.france24.com'"
 * @param text       exact text as found, may be null
 * @param location   body, byline, dateline, footer, meta, jsonld, link, or null
 * @param start      offset into the deriving article's body text, or null
 * @param end        end offset (exclusive), or null
 * @param confidence 0..1, how much this piece alone supports the edge
 */
public record EdgeEvidence(String kind, String sentence, String text, String location, Integer start, Integer end,
                           double confidence) {

    public EdgeEvidence {
        confidence = Confidence.clamp(confidence);
    }
}
