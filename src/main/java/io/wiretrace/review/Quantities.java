package io.wiretrace.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of one sentence as {@link Quantity} values: digits with thousands separators or decimals, an
 * optional qualifier before ("over", "nearly", "about"…), an optional currency sign, a scale ("million", "1.3m",
 * "2bn") and a unit (%, "per cent", "percentage points", currencies, distances, weights, durations). Written-out
 * numbers ("three") are not read. Figures inside {@code skip} spans (the dates of the sentence) are left out. Stateless.
 */
final class Quantities {

    /** How far "about" and "nearly" reach from the figure, at least. */
    static final double HEDGE = 0.15;
    /** An unqualified round figure may stand for values up to this share away (so "2,000" is not "2,900"). */
    static final double MAX_ROUNDING = 0.1;

    private static final String QUALIFIER = "more than|over|at least|above|upwards of|in excess of|exceeding|nearly"
            + "|almost|close to|just under|fewer than|less than|under|below|up to|no more than|about|around|some|roughly"
            + "|approximately|an estimated|estimated|circa";
    private static final String UNIT = "%|per ?cent|percentage points?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|kg"
            + "|kilograms?|tonnes?|tons?|hours?|days?|weeks?|months?|years?|minutes?|dollars?|euros?|pounds?|naira"
            + "|rupees?|yuan|yen";
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}.,/])"
            + "(?:(?<qual>(?i:" + QUALIFIER + "))\\s+)?"
            + "(?<cur>US\\$|\\$|€|£|¥|₦)?\\s?"
            + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
            + "(?:(?<short>bn|mn|m|k|tn)|\\s(?<scale>(?i:thousand|million|billion|trillion)))?"
            + "(?:\\s?(?<pct>%)|[\\s-](?<unit>(?i:" + UNIT + ")))?"
            + "(?![\\p{L}\\p{N}]|[.,]\\d)");
    private static final Map<String, Double> SCALES = Map.of("k", 1e3, "thousand", 1e3, "m", 1e6, "mn", 1e6,
            "million", 1e6, "bn", 1e9, "billion", 1e9, "tn", 1e12, "trillion", 1e12);

    private Quantities() {
    }

    static List<Quantity> find(String sentence, List<FactSpans.Span> skip) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(sentence);
        while (m.find()) {
            int from = m.start();
            if (skip.stream().anyMatch(d -> from < d.end() && d.start() < m.end())) {
                continue;
            }
            quantity(m).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.Optional<Quantity> quantity(Matcher m) {
        String digits = m.group("num").replace(",", "");
        String scaleWord = m.group("short") != null ? m.group("short") : m.group("scale");
        String unit = unit(m.group("cur"), m.group("pct"), m.group("unit"));
        if (m.group("short") != null && m.group("short").equals("m") && m.group("cur") == null && !digits.contains(".")) {
            return java.util.Optional.empty(); // "100m": metres as often as millions
        }
        double scale = scaleWord == null ? 1 : SCALES.get(scaleWord.toLowerCase(Locale.ROOT));
        // exact decimal arithmetic, so "1.4 million" and "1,400,000" are the same value
        double value = new java.math.BigDecimal(digits).multiply(java.math.BigDecimal.valueOf(scale)).doubleValue();
        int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
        double below;
        double above;
        if (scaleWord != null) { // "1.4 million": as precise as written
            below = 0.5 * Math.pow(10, -decimals) * scale;
            above = below;
        } else {
            double unitOfRounding = roundingUnit(digits, value);
            below = unitOfRounding / 2; // rounded half up from below…
            above = unitOfRounding; // …or truncated ("1,300" for 1,383)
        }
        Quantity.Bound bound = bound(m.group("qual"));
        double hedge = Math.max(HEDGE * value, below);
        double low = switch (bound) {
            case STATED -> value - below;
            case AT_LEAST -> value;
            case AT_MOST -> Double.NEGATIVE_INFINITY;
            case NEARLY, ABOUT -> value - hedge;
        };
        double high = switch (bound) {
            case STATED -> value + above;
            case AT_LEAST -> Double.POSITIVE_INFINITY;
            case AT_MOST, NEARLY -> value;
            case ABOUT -> value + hedge;
        };
        return java.util.Optional.of(new Quantity(m.group(), m.start(), m.end(), value, low, high, unit, bound));
    }

    /** 100 for "1,300", 1,000 for "25,000"; 0 for figures that are not round or under 1,000 ("200" is taken as is). */
    private static double roundingUnit(String digits, double value) {
        if (digits.contains(".") || value < 1000) {
            return 0;
        }
        int zeros = 0;
        for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
            zeros++;
        }
        return zeros < 2 ? 0 : Math.min(Math.pow(10, zeros), MAX_ROUNDING * value);
    }

    private static String unit(String currency, String percent, String word) {
        if (currency != null) {
            return currency.equals("US$") ? "$" : currency;
        }
        if (percent != null) {
            return "%";
        }
        if (word == null) {
            return "";
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("per") || w.equals("%")) {
            return w.startsWith("percentage") ? "pp" : "%";
        }
        return switch (w.replaceAll("s$", "")) {
            case "kilometre", "kilometer", "km" -> "km";
            case "metre", "meter" -> "m";
            case "mile" -> "mile";
            case "kilogram", "kg" -> "kg";
            case "tonne", "ton" -> "t";
            case "dollar" -> "$";
            case "euro" -> "€";
            case "pound" -> "£";
            case "naira" -> "₦";
            default -> w.replaceAll("s$", "");
        };
    }

    private static Quantity.Bound bound(String qualifier) {
        if (qualifier == null) {
            return Quantity.Bound.STATED;
        }
        return switch (qualifier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "more than", "over", "at least", "above", "upwards of", "in excess of", "exceeding" ->
                    Quantity.Bound.AT_LEAST;
            case "fewer than", "less than", "under", "below", "up to", "no more than" -> Quantity.Bound.AT_MOST;
            case "nearly", "almost", "close to", "just under" -> Quantity.Bound.NEARLY;
            default -> Quantity.Bound.ABOUT;
        };
    }
}
