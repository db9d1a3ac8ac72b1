package io.wiretrace.article;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A length of time a client states as an ISO-8601 duration: days and times ({@code P30D}, {@code PT12H},
 * {@code P1DT6H}) and also weeks, months and years ({@code P1W}, {@code P6M}, {@code P1Y}; a month counted as 30
 * days, a year as 365). One parser for token lifetimes and poll intervals.
 */
public final class StatedDuration {

    private static final int DAYS_A_MONTH = 30;
    private static final int DAYS_A_YEAR = 365;
    /** The form of a duration whatever its numbers (upper case): "P99999999999D" is one, too long to count. */
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile(
            "-?P(?=.*\\d)(?:-?\\d+[YMWD])*(?:T(?:-?\\d+(?:[.,]\\d+)?[HMS])+)?");

    private StatedDuration() {
    }

    /**
     * @return null for null
     * @throws InvalidInput naming {@code field} when the value is no ISO-8601 duration
     */
    public static Duration parse(String field, String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        try {
            int t = v.indexOf('T');
            String datePart = t < 0 ? v : v.substring(0, t);
            Duration time = t < 0 ? Duration.ZERO : Duration.parse("P" + v.substring(t));
            if (datePart.equals("P")) {
                if (t < 0) {
                    throw new DateTimeParseException("empty", v, 0);
                }
                return time;
            }
            boolean negative = datePart.startsWith("-");
            Period p = Period.parse(datePart);
            long days = (long) p.getYears() * DAYS_A_YEAR + (long) p.getMonths() * DAYS_A_MONTH + p.getDays();
            return Duration.ofDays(days).plus(negative ? time.negated() : time);
        } catch (DateTimeParseException | ArithmeticException e) {
            if (SHAPE.matcher(v).matches()) { // written right, but its numbers overflow
                throw new InvalidInput(field, field + " '" + value + "' is too long a duration to count");
            }
            throw new InvalidInput(field, field + " '" + value + "' is not an ISO-8601 duration such as P30D, PT12H, "
                    + "P1W or P1Y");
        }
    }
}
