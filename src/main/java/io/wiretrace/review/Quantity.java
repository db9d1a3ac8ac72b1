package io.wiretrace.review;

/**
 * A figure as a sentence states it, with the range of values it allows. "1,383" allows exactly 1,383; "over 1,300"
 * 1,300 and up; "nearly 1,400" a little under 1,400; "about 1.4 million" 15% either way; "1.3m" 1.25–1.35 million
 * (the precision written); an unqualified round "1,300" the values that round or truncate to it.
 *
 * @param text the figure as written, qualifier and unit included ("more than $1.3m")
 * @param start offset of {@code text} in the sentence
 * @param end end offset (exclusive)
 * @param value the number stated, scale applied (1.3m is 1,300,000)
 * @param low lowest value the statement allows
 * @param high highest value it allows ({@code Double.POSITIVE_INFINITY} for "over", "at least")
 * @param unit canonical unit ("%", "pp", "$", "€", "£", "km", "year"…), empty for a plain count
 * @param bound the qualifier's kind
 */
record Quantity(String text, int start, int end, double value, double low, double high, String unit, Bound bound) {

    /** What a qualifier word says about the figure. */
    enum Bound {
        /** No qualifier. */
        STATED,
        /** "over", "more than", "at least", "above": the figure is a floor. */
        AT_LEAST,
        /** "under", "fewer than", "up to", "below": the figure is a ceiling. */
        AT_MOST,
        /** "nearly", "almost", "close to": a little under the figure. */
        NEARLY,
        /** "about", "around", "some", "roughly", "approximately": near the figure either way. */
        ABOUT
    }

    /** Whether a value {@code other} could be meant by this statement. */
    boolean allows(Quantity other) {
        return other.low <= high && low <= other.high;
    }

    /** Whether this statement allows exactly one value. */
    boolean exact() {
        return low == high;
    }
}
