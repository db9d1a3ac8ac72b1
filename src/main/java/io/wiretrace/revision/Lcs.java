package io.wiretrace.revision;

import java.util.List;

/** Longest common subsequence table of two sequences: {@code t[i][j]} is the LCS length of a[i..] and b[j..]. */
final class Lcs {

    private Lcs() {
    }

    static int[][] table(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t;
    }
}
