package io.wiretrace.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bag-of-words precision/recall/F1 of an extracted text against a reference text (lower-cased, multiset). */
record TokenOverlap(double precision, double recall, double f1) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static TokenOverlap of(String extracted, String reference) {
        Map<String, Integer> got = bag(extracted);
        Map<String, Integer> want = bag(reference);
        long gotTotal = got.values().stream().mapToLong(Integer::longValue).sum();
        long wantTotal = want.values().stream().mapToLong(Integer::longValue).sum();
        long common = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        double p = gotTotal == 0 ? 0 : (double) common / gotTotal;
        double r = wantTotal == 0 ? 0 : (double) common / wantTotal;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new TokenOverlap(p, r, f);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }
}
