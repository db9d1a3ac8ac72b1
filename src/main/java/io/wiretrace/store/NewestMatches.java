package io.wiretrace.store;

/**
 * How the newest articles matching a word query are read, chosen from what the newest {@link #PROBE} articles hold
 * rather than from the planner's word statistics. Reading newest first stops once enough matches are found: cheap for
 * a word in most articles, but a combination the statistics think common and no article holds (two common words
 * never together, a common word without another) makes it read the whole table (8 s at 1M). Reading the index finds
 * exactly the matches, but for a word in most articles that is most of the table. So the newest articles are read
 * first, a bounded probe; the matches' density there predicts the cost of each way below it.
 */
final class NewestMatches {

    /** The newest articles read first, newest first. */
    static final int PROBE = 20_000;

    /** How the rest is read. */
    enum Plan {
        /** Newest first, stopping when enough are found: about {@code wanted / density} rows. */
        NEWEST_FIRST,
        /** From the full-text index, every match: about {@code density × older} rows. */
        INDEX
    }

    private NewestMatches() {
    }

    /**
     * The cheaper way to read {@code wanted} more matches among {@code older} articles, when {@code found} of the
     * {@code probed} newest matched.
     */
    static Plan older(long found, long probed, long wanted, long older) {
        if (found == 0 || probed == 0) {
            return Plan.INDEX;
        }
        double density = (double) found / probed;
        return wanted / density <= density * older ? Plan.NEWEST_FIRST : Plan.INDEX;
    }
}
