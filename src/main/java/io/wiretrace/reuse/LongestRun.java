package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The longest run of consecutive words two token sequences share (null tokens, e.g. quoted words, never match).
 * Work grows with the number of equal word pairs, not with the product of the lengths: each maximal shared run is
 * walked once, from its start, where the dynamic-programming table filled every cell (half the matching time on long
 * duplicate pairs). Stateless.
 */
final class LongestRun {

    private LongestRun() {
    }

    static int of(String[] a, String[] b) {
        Map<String, Integer> idOf = new HashMap<>(); // b's distinct words, so that runs compare ints
        List<IntList> positions = new ArrayList<>(); // where each of them occurs in b
        int[] bIds = new int[b.length];
        for (int j = 0; j < b.length; j++) {
            bIds[j] = b[j] == null ? -1 : idOf.computeIfAbsent(b[j], w -> idOf.size());
            if (bIds[j] == positions.size()) {
                positions.add(new IntList());
            }
            if (bIds[j] >= 0) {
                positions.get(bIds[j]).add(j);
            }
        }
        int[] ids = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            ids[i] = a[i] == null ? -2 : idOf.getOrDefault(a[i], -2);
        }
        int best = 0;
        for (int i = 0; i < a.length; i++) {
            if (ids[i] < 0) {
                continue;
            }
            IntList starts = positions.get(ids[i]);
            for (int k = 0; k < starts.size(); k++) {
                int j = starts.get(k);
                if (i > 0 && j > 0 && ids[i - 1] == bIds[j - 1]) {
                    continue; // inside a run that started earlier: already walked
                }
                int len = 1;
                while (i + len < a.length && j + len < b.length && ids[i + len] == bIds[j + len]) {
                    len++;
                }
                best = Math.max(best, len);
            }
        }
        return best;
    }
}
