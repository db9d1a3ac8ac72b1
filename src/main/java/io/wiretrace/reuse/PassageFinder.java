package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds verbatim passages shared by two normalised texts: seed-and-extend over token positions, then greedy string
 * tiling, then merging.
 * <ol>
 * <li>Seeds: equal k-shingles (hash equality confirmed on the tokens); each seed is extended forward while tokens
 * agree. Seeds on a diagonal already covered are skipped, so the cost stays near linear.</li>
 * <li>Tiling: runs are taken longest first and kept only where they overlap no kept run in either text, so a
 * repeated sentence is paired once.</li>
 * <li>Merging: tiles in the same order in both texts, separated by at most {@code maxGap} tokens on each side, join
 * into one passage (a changed word, a dropped adjective, a new number).</li>
 * </ol>
 * Passages with fewer than {@code minTokens} matched tokens are dropped. Immutable and thread-safe.
 */
public final class PassageFinder {

    private final int k;
    private final int maxGap;
    private final int minTokens;

    public PassageFinder(int shingleSize, int maxGap, int minTokens) {
        this.k = shingleSize;
        this.maxGap = maxGap;
        this.minTokens = minTokens;
    }

    /** A run of equal tokens: {@code a[aFrom + i] == b[bFrom + i]} for i below length. */
    public record Tile(int aFrom, int bFrom, int length) {
    }

    /** Passages as token tiles merged, each given as its list of tiles (in order). */
    public List<List<Tile>> find(NormalizedText a, long[] aShingles, NormalizedText b, long[] bShingles) {
        List<Tile> runs = seedAndExtend(a, aShingles, b, bShingles);
        List<Tile> tiles = tile(runs, a.size(), b.size());
        return merge(tiles);
    }

    private List<Tile> seedAndExtend(NormalizedText a, long[] aSh, NormalizedText b, long[] bSh) {
        Map<Long, IntList> positions = new HashMap<>();
        for (int j = 0; j < bSh.length; j++) {
            positions.computeIfAbsent(bSh[j], x -> new IntList()).add(j);
        }
        Map<Integer, Integer> coveredUntil = new HashMap<>(); // diagonal (j - i) -> first uncovered i
        List<Tile> runs = new ArrayList<>();
        List<String> at = a.tokens();
        List<String> bt = b.tokens();
        int width = Math.min(k, Math.min(at.size(), bt.size()));
        for (int i = 0; i < aSh.length; i++) {
            IntList js = positions.get(aSh[i]);
            for (int n = 0; js != null && n < js.size(); n++) {
                int j = js.get(n);
                if (coveredUntil.getOrDefault(j - i, -1) > i || !equal(at, i, bt, j, width)) {
                    continue;
                }
                int len = width;
                while (i + len < at.size() && j + len < bt.size() && at.get(i + len).equals(bt.get(j + len))) {
                    len++;
                }
                coveredUntil.put(j - i, i + len);
                runs.add(new Tile(i, j, len));
            }
        }
        return runs;
    }

    private static boolean equal(List<String> a, int i, List<String> b, int j, int width) {
        if (i + width > a.size() || j + width > b.size() || width == 0) {
            return false;
        }
        for (int d = 0; d < width; d++) {
            if (!a.get(i + d).equals(b.get(j + d))) {
                return false;
            }
        }
        return true;
    }

    private static List<Tile> tile(List<Tile> runs, int aSize, int bSize) {
        boolean[] usedA = new boolean[aSize];
        boolean[] usedB = new boolean[bSize];
        List<Tile> kept = new ArrayList<>();
        runs.sort(Comparator.comparingInt(Tile::length).reversed().thenComparingInt(Tile::aFrom));
        for (Tile t : runs) {
            if (free(usedA, t.aFrom(), t.length()) && free(usedB, t.bFrom(), t.length())) {
                java.util.Arrays.fill(usedA, t.aFrom(), t.aFrom() + t.length(), true);
                java.util.Arrays.fill(usedB, t.bFrom(), t.bFrom() + t.length(), true);
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(Tile::aFrom));
        return kept;
    }

    private static boolean free(boolean[] used, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private List<List<Tile>> merge(List<Tile> tiles) {
        List<List<Tile>> passages = new ArrayList<>();
        List<Tile> current = new ArrayList<>();
        for (Tile t : tiles) {
            if (!current.isEmpty()) {
                Tile last = current.get(current.size() - 1);
                int gapA = t.aFrom() - (last.aFrom() + last.length());
                int gapB = t.bFrom() - (last.bFrom() + last.length());
                if (gapA < 0 || gapB < 0 || gapA > maxGap || gapB > maxGap) {
                    close(current, passages);
                    current = new ArrayList<>();
                }
            }
            current.add(t);
        }
        close(current, passages);
        return passages;
    }

    private void close(List<Tile> passage, List<List<Tile>> out) {
        if (passage.stream().mapToInt(Tile::length).sum() >= minTokens) {
            out.add(List.copyOf(passage));
        }
    }
}
