package io.wiretrace.review;

import java.util.List;

/** Computes {@link ReviewSummary} figures by characters of sentence spans. */
final class Summaries {

    private Summaries() {
    }

    static ReviewSummary of(List<ReviewedSentence> rewrite, List<ReviewedSentence> source) {
        double rTotal = chars(rewrite, null);
        double sTotal = chars(source, null);
        return new ReviewSummary(share(rewrite, SentenceClass.VERBATIM, rTotal),
                share(rewrite, SentenceClass.EDITED, rTotal), share(rewrite, SentenceClass.PARAPHRASED, rTotal),
                share(rewrite, SentenceClass.ADDED, rTotal),
                sTotal == 0 ? 0 : 1 - chars(source, SentenceClass.DROPPED) / sTotal, rewrite.size(), source.size());
    }

    private static double share(List<ReviewedSentence> sentences, SentenceClass c, double total) {
        return total == 0 ? 0 : chars(sentences, c) / total;
    }

    private static double chars(List<ReviewedSentence> sentences, SentenceClass c) {
        return sentences.stream().filter(s -> c == null || s.sentenceClass() == c).mapToInt(s -> s.end() - s.start())
                .sum();
    }
}
