package io.wiretrace.review;

/**
 * A fact that differs between two aligned sentences. Offsets are into each side's bodyText.
 *
 * @param kind what differs
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
public record ChangedFact(Kind kind, String rewriteValue, String sourceValue, int rewriteStart, int rewriteEnd,
        int sourceStart, int sourceEnd, int rewriteSentence, int sourceSentence, String explanation) {

    /** Kinds of changed fact. */
    public enum Kind {
        /** A number, amount or year. */
        NUMBER,
        /** A weekday or month name. */
        DATE,
        /** Quoted words changed. */
        QUOTE_WORDING,
        /** The same quote given to a different speaker. */
        QUOTE_SPEAKER,
        /** A proper name replaced or spelled differently. */
        NAME
    }
}
