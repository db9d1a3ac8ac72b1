package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A broad set of candidate features of a later text L against an earlier text E, for the feature-selection experiment
 * ({@link DependenceFeatureSelectionExperimentTest}): the measures of Clough et al. (ACL 2002) and beyond. Quoted speech
 * ({@link QuotedSpeech}) is set aside (a break no n-gram or tile crosses) unless the name says it counts at half weight.
 *
 * <ul>
 *   <li>{@code cN}: word N-gram containment of L in E (share of L's distinct unquoted N-grams found in E), N = 1..5;
 *   <li>{@code cNq}: the same with quoted N-grams counted at weight 0.5 (an N-gram with a quoted word is quoted);
 *   <li>{@code gstM}: Greedy String Tiling coverage of L's unquoted words, minimum match length M = 2, 3, 5, 8;
 *   <li>{@code log1pRun}: log(1 + longest common run of unquoted words);
 *   <li>{@code tracedT}: share of L's words in sentences traced to E at weighted overlap T = 0.3, 0.5, 0.7 (the
 *       {@link DependenceMeasurer}'s tracing); {@code meanOverlap}: the mean best overlap;
 *   <li>{@code sourceCoverage}, {@code lengthRatio} (log |L|/|E|) from the measurer;
 *   <li>{@code quoteSame}: share of L's quotations found in E as quotations with the same words and boundaries;
 *       {@code quoteOrdered}: the same, counting only the longest run of them in E's order.
 * </ul>
 */
final class CandidateDependenceFeatures {

    static final String[] NAMES = {"c1", "c2", "c3", "c4", "c5", "c1q", "c2q", "c3q", "c4q", "c5q", "gst2", "gst3",
        "gst5", "gst8", "log1pRun", "traced0.3", "traced0.5", "traced0.7", "meanOverlap", "sourceCoverage",
        "lengthRatio", "quoteSame", "quoteOrdered"};

    private static final double QUOTED_WEIGHT = 0.5;
    private static final int[] MIN_MATCH = {2, 3, 5, 8};

    private final TextNormalizer normalizer = new TextNormalizer();
    private final DependenceMeasurer measurer = new DependenceMeasurer();

    /** A text's words and which of them are quoted. */
    private record Words(String[] words, boolean[] quoted) {
    }

    /** The values of {@link #NAMES} for L ({@code later}) against E ({@code earlier}), formulas blanked. */
    double[] measure(String later, String earlier) {
        Words l = words(later);
        Words e = words(earlier);
        List<Double> out = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            out.add(containment(l, e, n, 0));
        }
        for (int n = 1; n <= 5; n++) {
            out.add(containment(l, e, n, QUOTED_WEIGHT));
        }
        int[] tiles = tileLengths(l, e);
        int unquoted = 0;
        for (boolean q : l.quoted()) {
            unquoted += q ? 0 : 1;
        }
        for (int m : MIN_MATCH) {
            int covered = Arrays.stream(tiles).filter(t -> t >= m).sum();
            out.add(unquoted == 0 ? 0 : (double) covered / unquoted);
        }
        DependenceFeatures f = measurer.measure(later, earlier);
        out.add(Math.log1p(f.longestRun()));
        for (double t : measurer.tracedShares(later, earlier, 0.3, 0.5, 0.7)) {
            out.add(t);
        }
        out.add(f.meanSentenceOverlap());
        out.add(f.sourceCoverage());
        out.add(f.lengthRatio());
        double[] q = quotations(later, earlier);
        out.add(q[0]);
        out.add(q[1]);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private Words words(String text) {
        boolean[] mask = QuotedSpeech.mask(text);
        NormalizedText nt = normalizer.normalize(text);
        String[] w = nt.tokens().toArray(String[]::new);
        boolean[] q = new boolean[w.length];
        for (int i = 0; i < w.length; i++) {
            q[i] = mask[nt.charStart(i)];
        }
        return new Words(w, q);
    }

    /** Distinct N-grams of a text with their weight (1, or {@code quotedWeight} when a word is quoted; 0 drops them). */
    private static Map<String, Double> ngrams(Words t, int n, double quotedWeight) {
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i + n <= t.words().length; i++) {
            boolean quoted = false;
            for (int k = i; k < i + n; k++) {
                quoted |= t.quoted()[k];
            }
            double w = quoted ? quotedWeight : 1;
            if (w > 0) {
                out.merge(String.join(" ", Arrays.asList(t.words()).subList(i, i + n)), w, Math::max);
            }
        }
        return out;
    }

    private static double containment(Words l, Words e, int n, double quotedWeight) {
        Map<String, Double> ours = ngrams(l, n, quotedWeight);
        Set<String> theirs = ngrams(e, n, quotedWeight).keySet();
        double total = 0;
        double shared = 0;
        for (Map.Entry<String, Double> g : ours.entrySet()) {
            total += g.getValue();
            shared += theirs.contains(g.getKey()) ? g.getValue() : 0;
        }
        return total == 0 ? 0 : shared / total;
    }

    /**
     * Greedy String Tiling (Wise 1993) of L's unquoted words against E's, minimum match 2: the lengths of the tiles,
     * laid longest first. Since tiles are laid in decreasing length, the tiling at a larger minimum match is the set of
     * these tiles at least that long.
     */
    private static int[] tileLengths(Words l, Words e) {
        String[] a = l.words();
        String[] b = e.words();
        boolean[] markA = l.quoted().clone();
        boolean[] markB = e.quoted().clone();
        List<Integer> tiles = new ArrayList<>();
        while (true) {
            int[][] run = new int[a.length + 1][b.length + 1];
            int max = 0;
            for (int i = a.length - 1; i >= 0; i--) {
                for (int j = b.length - 1; j >= 0; j--) {
                    run[i][j] = !markA[i] && !markB[j] && a[i].equals(b[j]) ? run[i + 1][j + 1] + 1 : 0;
                    max = Math.max(max, run[i][j]);
                }
            }
            if (max < 2) {
                break;
            }
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < b.length; j++) {
                    if (run[i][j] >= max && free(markA, i, max) && free(markB, j, max)) {
                        Arrays.fill(markA, i, i + max, true);
                        Arrays.fill(markB, j, j + max, true);
                        tiles.add(max);
                    }
                }
            }
        }
        return tiles.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean free(boolean[] mark, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (mark[k]) {
                return false;
            }
        }
        return true;
    }

    /** L's quotations (maximal quoted word runs of 3+ words) found among E's: the share, and the share in order. */
    private double[] quotations(String later, String earlier) {
        List<String> ours = quoteSpans(words(later));
        List<String> theirs = quoteSpans(words(earlier));
        if (ours.isEmpty()) {
            return new double[] {0, 0};
        }
        List<Integer> positions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String q : ours) {
            int at = theirs.indexOf(q);
            if (at >= 0 && seen.add(q)) {
                positions.add(at);
            }
        }
        return new double[] {(double) positions.size() / ours.size(),
            (double) longestIncreasing(positions) / ours.size()};
    }

    private static List<String> quoteSpans(Words t) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < t.words().length) {
            if (!t.quoted()[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.words().length && t.quoted()[j]) {
                j++;
            }
            if (j - i >= 3) {
                out.add(String.join(" ", Arrays.asList(t.words()).subList(i, j)));
            }
            i = j;
        }
        return out;
    }

    private static int longestIncreasing(List<Integer> v) {
        int[] best = new int[v.size()];
        int max = 0;
        for (int i = 0; i < v.size(); i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++) {
                if (v.get(j) < v.get(i)) {
                    best[i] = Math.max(best[i], best[j] + 1);
                }
            }
            max = Math.max(max, best[i]);
        }
        return max;
    }
}
