package io.wiretrace.verdict;

import java.util.Comparator;

/**
 * How much a finding awaiting a verdict matters, for the verdict queue: a hop many chains pass through changes many
 * answers; an uncredited copy of a watched outlet is what a newsroom watches for; among equals, the least certain
 * finding first (a person's verdict changes most there).
 *
 * @param chains                  how many traced chains pass through the finding (0 for findings not on a chain)
 * @param uncreditedCopyOfWatched an uncredited reuse of an article by an outlet with a watched source
 * @param machineConfidence       the detector's confidence
 */
public record Consequence(int chains, boolean uncreditedCopyOfWatched, double machineConfidence) {

    /** Most consequential first. */
    public static final Comparator<Consequence> MOST_FIRST = Comparator
            .comparingInt(Consequence::chains).reversed()
            .thenComparing(Consequence::uncreditedCopyOfWatched, Comparator.reverseOrder())
            .thenComparingDouble(Consequence::machineConfidence);
}
