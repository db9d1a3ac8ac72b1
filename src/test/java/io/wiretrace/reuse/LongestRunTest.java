package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LongestRunTest {

    @Test
    void findsTheLongestSharedRunAndNeverMatchesNullTokens() {
        String[] a = "the council voted on tuesday to close the old bridge".split(" ");
        String[] b = "on tuesday the council voted to close the bridge".split(" ");
        assertThat(LongestRun.of(a, b)).isEqualTo(3); // "the council voted"
        String[] quoted = {"the", null, null, "voted"};
        String[] alsoQuoted = {"the", null, null, "voted"};
        assertThat(LongestRun.of(quoted, alsoQuoted)).isEqualTo(1);
        assertThat(LongestRun.of(new String[0], b)).isZero();
    }

    @Test
    void agreesWithTheFullTableOnRandomTexts() {
        Random random = new Random(17);
        for (int round = 0; round < 2_000; round++) {
            String[] a = randomWords(random, random.nextInt(60));
            String[] b = randomWords(random, random.nextInt(60));
            if (random.nextBoolean() && a.length > 10 && b.length > 10) {
                int len = random.nextInt(Math.min(a.length, b.length) - 1);
                System.arraycopy(a, 0, b, b.length - len - 1, len); // plant a shared run
            }
            assertThat(LongestRun.of(a, b)).as("round %d", round).isEqualTo(fullTable(a, b));
        }
    }

    private static String[] randomWords(Random random, int n) {
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            int w = random.nextInt(5);
            words[i] = w == 0 && random.nextInt(4) == 0 ? null : "w" + w;
        }
        return words;
    }

    /** The reference: the O(|a|·|b|) dynamic-programming table. */
    private static int fullTable(String[] a, String[] b) {
        int[][] run = new int[a.length + 1][b.length + 1];
        int best = 0;
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                if (a[i - 1] != null && a[i - 1].equals(b[j - 1])) {
                    run[i][j] = run[i - 1][j - 1] + 1;
                    best = Math.max(best, run[i][j]);
                }
            }
        }
        return best;
    }
}
