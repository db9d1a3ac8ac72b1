package io.wiretrace.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random texts glued from given pieces, for tests that compare a fast scan with the regex it replaces. */
public final class RandomTexts {

    private RandomTexts() {
    }

    /** {@code count} texts of up to {@code maxPieces} pieces each, the same for the same seed. */
    public static List<String> of(String[] pieces, int count, int maxPieces, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(maxPieces); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
