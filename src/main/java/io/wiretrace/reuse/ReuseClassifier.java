package io.wiretrace.reuse;

import java.util.Locale;

/**
 * Classifies a verified pair; rules are tried strongest first and the first that holds wins, with its reason.
 * Passages inside quotation marks in both texts do not count as partial reuse: two reports quoting the same speaker
 * share the speaker's words, not each other's. Immutable and thread-safe.
 */
public final class ReuseClassifier {

    private final ReuseThresholds t;

    public ReuseClassifier(ReuseThresholds thresholds) {
        this.t = thresholds;
    }

    /**
     * Measured evidence of one pair, the classifier's input.
     *
     * @param sharedAnchors anchor facts found in both texts that are specific to an event (not common in the store)
     * @param sharedNames how many of them are names
     * @param sharedQuotes how many of them are quotes
     * @param sharedNumbers how many of them are numbers with their context word
     * @param nameOverlap shared specific names over the specific names of the text that has fewer: pages listing
     *     many stories (sports wires, portals) share names by sheer number, two reports of one event share a good part
     *     of theirs
     * @param wordingPairs aligned sentence pairs that share at least {@value #REWRITE_MIN_CHOSEN_WORDS} words a writer
     *     chooses ({@link SharedWording}: outside quotations, not names, not numbers)
     */
    public record Evidence(double containmentAInB, double containmentBInA, int unquotedPassageTokens,
            int alignedPairs, int sentencesA, int sentencesB, int sharedAnchors, int sharedNames, int sharedQuotes,
            int sharedNumbers, double nameOverlap, int wordingPairs) {
    }

    /**
     * A rewrite keeps the writer's own words, not only the event's facts: at least this many of its aligned pairs
     * share {@value #REWRITE_MIN_CHOSEN_WORDS} chosen words each. Independent reports of one game, one press
     * conference or one announcement align through the speaker's words, names and numbers, and share few ordinary
     * words beyond the jargon of the sport (pool: at most 2 such pairs in each of the 6 independent pairs once called
     * rewrites; the nigeriapulse rewrite of the NDTV story has 3 in lexical mode).
     */
    static final int REWRITE_MIN_WORDING_PAIRS = 3;
    /** Chosen words an aligned pair shares to count toward {@link #REWRITE_MIN_WORDING_PAIRS}. */
    static final int REWRITE_MIN_CHOSEN_WORDS = 3;

    /** Share of the smaller name set two reports of one event share at least. */
    static final double SAME_STORY_MIN_NAME_OVERLAP = 0.35;
    /** Or, with a shared quote, this many shared names (long reports of one debate name many people each). */
    static final int SAME_STORY_MANY_NAMES = 5;

    /** The class and the reason for it. */
    public record Verdict(ReuseClass reuseClass, String reason) {
    }

    public Verdict classify(Evidence e) {
        double min = Math.min(e.containmentAInB(), e.containmentBInA());
        double max = Math.max(e.containmentAInB(), e.containmentBInA());
        if (min >= t.duplicateMinContainment()) {
            return new Verdict(ReuseClass.DUPLICATE, fmt("containment both ways %.2f/%.2f >= %.2f",
                    e.containmentAInB(), e.containmentBInA(), t.duplicateMinContainment()));
        }
        if (max >= t.substantialMinContainment()) {
            return new Verdict(ReuseClass.SUBSTANTIAL_REUSE, fmt("containment %.2f >= %.2f", max,
                    t.substantialMinContainment()));
        }
        if (e.unquotedPassageTokens() >= t.partialMinPassageTokens()) {
            return new Verdict(ReuseClass.PARTIAL_REUSE, fmt("unquoted verbatim passages of %d words >= %d",
                    e.unquotedPassageTokens(), t.partialMinPassageTokens()));
        }
        int shorter = Math.max(1, Math.min(e.sentencesA(), e.sentencesB()));
        double coverage = (double) e.alignedPairs() / shorter;
        boolean aligned = e.alignedPairs() >= t.rewriteMinPairs() && coverage >= t.rewriteMinCoverage();
        if (aligned && e.wordingPairs() >= REWRITE_MIN_WORDING_PAIRS) {
            return new Verdict(ReuseClass.REWRITE, fmt("%d aligned sentence pairs, %.2f of the shorter text >= %.2f, "
                    + "%d of them sharing the writer's own words", e.alignedPairs(), coverage, t.rewriteMinCoverage(),
                    e.wordingPairs()));
        }
        boolean quoteOrFigure = e.sharedQuotes() >= 1 || e.sharedNumbers() >= 1;
        if (e.sharedAnchors() >= t.sameStoryMinAnchors() && e.sharedNames() >= 1
                && quoteOrFigure && (e.nameOverlap() >= SAME_STORY_MIN_NAME_OVERLAP
                        || (e.sharedQuotes() >= 1 && e.sharedNames() >= SAME_STORY_MANY_NAMES))) {
            return new Verdict(ReuseClass.SAME_STORY, fmt("%d shared event-specific facts (%d quotes, %d numbers, %d "
                    + "names, %.0f%% of the names), little shared wording (%d aligned pairs, %d sharing the writer's own words)",
                    e.sharedAnchors(), e.sharedQuotes(), e.sharedNumbers(), e.sharedNames(), 100 * e.nameOverlap(),
                    e.alignedPairs(), e.wordingPairs()));
        }
        return new Verdict(ReuseClass.NONE, fmt("containment %.2f, %d aligned pairs (%d sharing the writer's own words), "
                + "%d shared event-specific facts (%d quotes, %d names)", max, e.alignedPairs(), e.wordingPairs(),
                e.sharedAnchors(), e.sharedQuotes(), e.sharedNames()));
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
