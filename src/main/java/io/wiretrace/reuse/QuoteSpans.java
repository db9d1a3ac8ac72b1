package io.wiretrace.reuse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Marks which characters of a text lie inside quotation marks (“…”, "…", «…», „…“). */
final class QuoteSpans {

    private static final Pattern QUOTE = Pattern.compile("[“\"«„][^“”\"«»„\\n]{1,1500}?[”\"»“]");

    private final boolean[] inside;

    QuoteSpans(String text) {
        inside = new boolean[text.length()];
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            java.util.Arrays.fill(inside, m.start(), m.end(), true);
        }
    }

    /** Share of {@code [from, to)} inside quotation marks. */
    double quotedShare(int from, int to) {
        if (to <= from) {
            return 0;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            if (inside[i]) {
                n++;
            }
        }
        return (double) n / (to - from);
    }
}
