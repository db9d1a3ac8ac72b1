package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Zipf-distributed synthetic words, sentences, paragraphs, stock phrases and outlet footers. */
final class SyntheticWords {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ten", "vor", "shi", "pe", "dan", "ul", "ex", "bri",
        "so", "ta", "gru", "ne", "fa", "zel", "or", "im", "qua", "be", "nor", "ti"};
    private static final int VOCABULARY = 20_000;
    private static final int STOCK_PHRASES = 60;

    private final double[] cumulative = new double[VOCABULARY];
    private final String[] vocabulary = new String[VOCABULARY];
    private final String[] stock = new String[STOCK_PHRASES];

    SyntheticWords(long seed) {
        double total = 0;
        for (int r = 0; r < VOCABULARY; r++) {
            total += 1.0 / Math.pow(r + 1, 1.05);
            cumulative[r] = total;
            vocabulary[r] = spell(r);
        }
        for (int r = 0; r < VOCABULARY; r++) {
            cumulative[r] /= total;
        }
        SplittableRandom rng = new SplittableRandom(seed ^ 0x51c0c4L);
        for (int i = 0; i < STOCK_PHRASES; i++) {
            stock[i] = words(rng, 4 + rng.nextInt(4));
        }
    }

    String paragraph(SplittableRandom rng) {
        int n = 2 + rng.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < n; s++) {
            if (s > 0) {
                sb.append(' ');
            }
            String sentence = words(rng, 8 + rng.nextInt(18));
            if (rng.nextDouble() < 0.15) {
                sentence = sentence + " " + stock[rng.nextInt(STOCK_PHRASES)];
            }
            sb.append(Character.toUpperCase(sentence.charAt(0))).append(sentence.substring(1)).append('.');
        }
        return sb.toString();
    }

    /**
     * The outlet's footer, shared by all its articles: eight words, so that it stays well under the 20-word passage
     * that counts as partial reuse (long site boilerplate is the extractor's job, see the package README).
     */
    String footer(int outlet) {
        SplittableRandom rng = new SplittableRandom(0xf007e4L + outlet);
        return "Copyright " + capital(word(rng)) + " " + capital(word(rng)) + " News, " + words(rng, 4) + ".";
    }

    /** About 4% of the words substituted, dropped or followed by an inserted word. */
    List<String> lightlyEdited(List<String> paragraphs, SplittableRandom rng) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            List<String> tokens = new ArrayList<>(Arrays.asList(p.split(" ")));
            for (int i = tokens.size() - 1; i >= 0; i--) {
                if (rng.nextDouble() >= 0.04) {
                    continue;
                }
                switch (rng.nextInt(3)) {
                    case 0 -> tokens.set(i, word(rng) + (tokens.get(i).endsWith(".") ? "." : ""));
                    case 1 -> {
                        if (!tokens.get(i).endsWith(".")) {
                            tokens.remove(i);
                        }
                    }
                    default -> tokens.add(i + 1, word(rng));
                }
            }
            out.add(String.join(" ", tokens));
        }
        return out;
    }

    private String words(SplittableRandom rng, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(word(rng));
        }
        return sb.toString();
    }

    private String word(SplittableRandom rng) {
        int r = Arrays.binarySearch(cumulative, rng.nextDouble());
        return vocabulary[Math.min(VOCABULARY - 1, r < 0 ? -r - 1 : r)];
    }

    /** Distinct spelling per rank: the rank written in base 24 with syllables as digits. */
    private static String spell(int rank) {
        StringBuilder sb = new StringBuilder();
        int r = rank;
        do {
            sb.append(SYLLABLES[r % SYLLABLES.length]);
            r = r / SYLLABLES.length - 1;
        } while (r >= 0);
        return sb.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
