package io.wiretrace.provenance;

import io.wiretrace.reuse.ReuseClass;

/**
 * How sure a reuse match is that one text derives from the other, as a provenance edge's confidence: verbatim classes
 * are near-certain; a rewrite rests on aligned paraphrases, so it counts less; a partial reuse is certain for its
 * passage but says less about the whole text; shared facts alone ({@code same_story}) derive nothing.
 */
public final class DerivationConfidence {

    private DerivationConfidence() {
    }

    public static double of(ReuseClass reuseClass) {
        return switch (reuseClass) {
            case DUPLICATE -> 0.97;
            case SUBSTANTIAL_REUSE -> 0.93;
            case REWRITE -> 0.8;
            case PARTIAL_REUSE -> 0.7;
            case SAME_STORY, NONE -> 0.0;
        };
    }
}
