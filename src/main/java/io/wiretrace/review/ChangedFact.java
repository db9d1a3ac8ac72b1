package io.wiretrace.review;

/**
 * A fact that differs between two aligned sentences. Offsets are into each side's bodyText.
 *
 * @param kind what differs
 * @param agreement for numbers and dates, whether the two can both be true; null for quotes and names
 * @param rewriteValue the value as the rewrite writes it ("over 1,300", a quote, a name)
 * @param sourceValue the value as the source writes it
 * @param rewriteStart start of the rewrite value
 * @param rewriteEnd end of the rewrite value (exclusive)
 * @param sourceStart start of the source value
 * @param sourceEnd end of the source value (exclusive)
 * @param rewriteSentence index of the rewrite sentence
 * @param sourceSentence index of the source sentence
 * @param explanation one plain sentence for the auditor
 */
public record ChangedFact(Kind kind, Agreement agreement, String rewriteValue, String sourceValue, int rewriteStart, int rewriteEnd,
        int sourceStart, int sourceEnd, int rewriteSentence, int sourceSentence, String explanation) {

    /** Whether two differing figures can both be true. */
    public enum Agreement {
        /** The same figure with a qualifier added or dropped ("at least 1,383" and "1,383"). */
        QUALIFIED,
        /** One side rounds, bounds or hedges a figure the other allows ("over 1,300" for 1,383; "1.4m" for 1,383,000). */
        ROUNDED,
        /** No value fits both (15% and 12%; March 14 and March 15). */
        CONTRADICTING
    }

    /** Kinds of changed fact. */
    public enum Kind {
        /** A number, amount, share or measure. */
        NUMBER,
        /** A date: day, month, year or weekday. */
        DATE,
        /** Quoted words changed. */
        QUOTE_WORDING,
        /** The same quote given to a different speaker. */
        QUOTE_SPEAKER,
        /** A proper name replaced or spelled differently. */
        NAME
    }
}
