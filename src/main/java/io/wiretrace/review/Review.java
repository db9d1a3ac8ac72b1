package io.wiretrace.review;

import java.util.List;

/**
 * A rewrite compared with its source.
 *
 * @param rewriteId the derived article
 * @param sourceId the article it is compared with
 * @param rewrite every sentence of the rewrite, in order (VERBATIM, EDITED, PARAPHRASED or ADDED)
 * @param source every sentence of the source, in order (VERBATIM, EDITED, PARAPHRASED or DROPPED)
 * @param changedFacts numbers, dates, quotes and names that differ between aligned sentences, in rewrite order
 * @param creditChanges credits dropped by the rewrite, then credits it added
 * @param summary share figures
 */
public record Review(String rewriteId, String sourceId, List<ReviewedSentence> rewrite, List<ReviewedSentence> source,
        List<ChangedFact> changedFacts, List<CreditChange> creditChanges, ReviewSummary summary) {

    public Review {
        rewrite = List.copyOf(rewrite);
        source = List.copyOf(source);
        changedFacts = List.copyOf(changedFacts);
        creditChanges = List.copyOf(creditChanges);
    }

    /** Rewrite sentences of one class. */
    public List<ReviewedSentence> rewriteOf(SentenceClass c) {
        return rewrite.stream().filter(s -> s.sentenceClass() == c).toList();
    }

    /** Source sentences of one class. */
    public List<ReviewedSentence> sourceOf(SentenceClass c) {
        return source.stream().filter(s -> s.sentenceClass() == c).toList();
    }

    /** Share of the aligned rewrite sentences (verbatim, edited, paraphrased) that are paraphrased, by count; 0 if none. */
    public double paraphrasedShareOfAligned() {
        long aligned = rewrite.stream().filter(s -> s.sentenceClass() != SentenceClass.ADDED).count();
        return aligned == 0 ? 0 : (double) rewriteOf(SentenceClass.PARAPHRASED).size() / aligned;
    }

    /** Number of rewrite sentences aligned with the source. */
    public int alignedRewriteSentences() {
        return (int) rewrite.stream().filter(s -> s.sentenceClass() != SentenceClass.ADDED).count();
    }
}
