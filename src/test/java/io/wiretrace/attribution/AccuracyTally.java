package io.wiretrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision and recall of found attributions against labelled pages, per kind and overall, by the rules of
 * {@code labels.json}: a found attribution is a true positive when it matches an expected label, neutral when it
 * matches only an allowed one, a false positive otherwise; an expected label is recalled when any found one matches it.
 * Misses and false positives are kept by page, to print or not.
 */
final class AccuracyTally {

    private final LabelMatcher matcher;
    private final Map<String, int[]> perKind = new TreeMap<>(); // kind -> {tp found, fp found, expected, recalled}
    private final List<String> misses = new ArrayList<>();
    private final Map<String, Integer> falseByRule = new TreeMap<>();
    private final Map<String, int[]> perLanguage = new TreeMap<>(); // language -> {tp, fp, expected, recalled}

    AccuracyTally(LabelMatcher matcher) {
        this.matcher = matcher;
    }

    void score(CorpusLabels.Page page, List<Attribution> found) {
        int[] lang = perLanguage.computeIfAbsent(page.language().isEmpty() ? "?" : page.language(), k -> new int[4]);
        for (Attribution a : found) {
            int[] c = perKind.computeIfAbsent(a.kind().wireName(), k -> new int[4]);
            boolean expected = page.expected().stream().anyMatch(l -> matcher.matches(l, a));
            boolean allowed = page.allowed().stream().anyMatch(l -> matcher.matches(l, a));
            if (expected) {
                c[0]++;
                lang[0]++;
            } else if (!allowed) {
                c[1]++;
                lang[1]++;
                misses.add("FP   " + page.id() + ": " + CorpusAccuracyTest.describe(a));
                falseByRule.merge(a.rule(), 1, Integer::sum);
            }
        }
        for (CorpusLabels.Label label : page.expected()) {
            int[] c = perKind.computeIfAbsent(label.kinds().get(0), k -> new int[4]);
            c[2]++;
            lang[2]++;
            if (found.stream().anyMatch(a -> matcher.matches(label, a))) {
                c[3]++;
                lang[3]++;
            } else {
                misses.add("MISS " + page.id() + ": " + label.kinds() + " " + label.target() + " <" + label.evidence() + ">");
            }
        }
    }

    /** Misses and false positives, one line each naming the page. */
    List<String> misses() {
        return misses;
    }

    /** {tp, fp, expected, recalled} over all kinds. */
    int[] total() {
        int[] total = new int[4];
        perKind.values().forEach(c -> {
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        });
        return total;
    }

    /** The per-kind table and the overall line (figures only, no page names). */
    void printTable(String title) {
        System.out.println(title);
        System.out.printf("%-28s %5s %5s %9s %8s %7s%n", "kind", "TP", "FP", "precision", "expected", "recall");
        perKind.forEach(AccuracyTally::print);
        print("OVERALL", total());
        System.out.println("false positives by rule: " + falseByRule);
    }

    /** The same figures by page language (aggregates only, no page names). */
    void printLanguageTable() {
        System.out.printf("%-28s %5s %5s %9s %8s %7s%n", "language", "TP", "FP", "precision", "expected", "recall");
        perLanguage.forEach(AccuracyTally::print);
    }

    double precision() {
        int[] c = total();
        return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
    }

    double recall() {
        int[] c = total();
        return c[2] == 0 ? 1.0 : (double) c[3] / c[2];
    }

    private static void print(String kind, int[] c) {
        System.out.printf("%-28s %5d %5d %9s %8d %7s%n", kind, c[0], c[1], ratio(c[0], c[0] + c[1]), c[2],
                ratio(c[3], c[2]));
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "-" : String.format("%.3f", (double) a / b);
    }
}
