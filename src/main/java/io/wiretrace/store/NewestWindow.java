package io.wiretrace.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a search looks for its newest matches, step by step. The full-text index says which articles hold a word, not
 * in which order: finding the newest 2,000 of a word's 5,000 or 30,000 matches read every one of them from the table.
 * When the planner expects many more matches than are wanted, the search reads the matches among the newest ids first
 * (a span sized to hold twice the wanted number if the matches were spread evenly over the ids, found through the
 * block-range index of V72), then, only while too few are found, the ids down to {@link #GROWTH} times as far back,
 * and so on, and last the rest. The result is the same either way: the spans decide what is read, not what is found.
 *
 * <p>Twice, because the planner's estimates of rare words and of a word without a common one are loose (at 1M, rare
 * words of 3,500–5,800 matches were all estimated at 5,000, excluded words of 6,400 and 26,900 matches at 9,000 and
 * 38,900), and a span that holds too few costs another index read and the rows of the older matches.
 */
final class NewestWindow {

    /** How many times the wanted matches the first span should hold by the estimate, in tenths (2). */
    static final long MARGIN_TENTHS = 20;
    /** Each further span reaches this many times as far back as the one before. */
    static final int GROWTH = 4;
    /** A span over this share of the ids (three quarters) reads nearly as much as the rest, and costs an index read more. */
    static final long MOST_NUMERATOR = 3;
    static final long MOST_DENOMINATOR = 4;

    private NewestWindow() {
    }

    /**
     * The ids at which the spans start, highest first (each span holds the ids above its bound and at or below the
     * previous one; the last part, the ids at or below the last bound), or none when no span is worth it.
     *
     * @param estimated the planner's estimate of the matches
     * @param minId     the lowest article id (null when there are none)
     * @param maxId     the highest
     */
    static List<Long> bounds(long wanted, long estimated, Long minId, Long maxId) {
        List<Long> bounds = new ArrayList<>();
        if (minId == null || maxId == null || estimated <= 0) {
            return bounds;
        }
        long ids = maxId - minId + 1;
        for (long span = (ids * wanted * MARGIN_TENTHS + estimated * 10 - 1) / (estimated * 10);
             span * MOST_DENOMINATOR <= ids * MOST_NUMERATOR; span *= GROWTH) {
            bounds.add(maxId - span);
        }
        return bounds;
    }
}
