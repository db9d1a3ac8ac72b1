package io.wiretrace.provenance;

import java.util.Collection;

/**
 * The confidence model.
 *
 * <ul>
 *   <li>Each piece of evidence carries a confidence in 0..1: the chance, taken alone, that it correctly shows the
 *   derivation (set by the attribution rule or the reuse matcher, times a direction factor for reuse).</li>
 *   <li>An edge combines its pieces by <em>noisy-OR</em>, treating them as independent witnesses:
 *   {@code 1 - Π(1 - c_i)}, capped at {@link #MAX} because no amount of evidence makes a provenance claim certain.
 *   Two 0.8 pieces give 0.96; a 0.9 footer credit and a 0.5 dateline give 0.95.</li>
 *   <li>A chain's probability is the product of its edge confidences (each hop must hold), times the probability
 *   that its last node has no further source: {@code Π(1 - c)} over that node's own outgoing edges. So a weak edge
 *   onwards does not drag the origin to a doubtful place: the chain may stop before it.</li>
 * </ul>
 */
public final class Confidence {

    /** No combined confidence exceeds this. */
    public static final double MAX = 0.99;

    private Confidence() {
    }

    /** Noisy-OR of independent pieces, capped at {@link #MAX}; 0 for none. */
    public static double combine(Collection<Double> pieces) {
        double none = 1.0;
        for (double c : pieces) {
            none *= 1.0 - clamp(c);
        }
        return Math.min(MAX, 1.0 - none);
    }

    /** Probability that none of the given edges holds: the chance a node is itself the origin. */
    public static double noneHolds(Collection<Edge> edges) {
        double none = 1.0;
        for (Edge e : edges) {
            none *= 1.0 - e.confidence();
        }
        return none;
    }

    /** Into 0..1; NaN becomes 0. */
    public static double clamp(double c) {
        return Double.isNaN(c) ? 0.0 : Math.max(0.0, Math.min(1.0, c));
    }
}
