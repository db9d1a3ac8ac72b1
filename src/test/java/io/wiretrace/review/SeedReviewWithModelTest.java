package io.wiretrace.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.embedding.MiniLmSentenceEmbedder;
import org.junit.jupiter.api.Test;

/**
 * The seed checks with the sentence model, as the service runs by default, and the changed-number example:
 * nigeriapulse condenses NDTV's "over 1,300 civilians were killed … Iraq condemned the massacre" and "the massacre of
 * at least 1,383 civilians" into one sentence with 1,383, so both source sentences align with it and both figures are
 * reported against it, each with its agreement.
 */
class SeedReviewWithModelTest extends SeedReviewTest {

    @Override
    RewriteReviewer reviewer() {
        return RewriteReviewer.withSemanticModel(new MiniLmSentenceEmbedder());
    }

    @Test
    void reportsTheTollAgainstTheSourcesRoundedAndQualifiedFigures() {
        ChangedFact rounded = number("over 1,300");
        assertThat(rounded.agreement()).isEqualTo(ChangedFact.Agreement.ROUNDED);
        assertThat(rounded.rewriteValue()).isEqualTo("1,383");
        assertThat(rewrite.bodyText().substring(rounded.rewriteStart(), rounded.rewriteEnd())).isEqualTo("1,383");
        assertThat(source.bodyText().substring(rounded.sourceStart(), rounded.sourceEnd())).isEqualTo("over 1,300");
        assertThat(review.rewrite().get(rounded.rewriteSentence()).text()).contains("claimed 1,383 lives");
        assertThat(review.source().get(rounded.sourceSentence()).text()).startsWith("Amid recent violence in Syria");
        assertThat(review.source().get(rounded.sourceSentence()).sentenceClass()).isEqualTo(SentenceClass.PARAPHRASED);

        ChangedFact qualified = number("at least 1,383");
        assertThat(qualified.agreement()).isEqualTo(ChangedFact.Agreement.QUALIFIED);
        assertThat(qualified.rewriteStart()).isEqualTo(rounded.rewriteStart());
        assertThat(source.bodyText().substring(qualified.sourceStart(), qualified.sourceEnd())).isEqualTo("at least 1,383");
        assertThat(review.changedFacts()).filteredOn(f -> f.kind() == ChangedFact.Kind.NUMBER)
                .noneMatch(f -> f.agreement() == ChangedFact.Agreement.CONTRADICTING);
    }

    /**
     * The rewrite's lede restates NDTV's lede ("visited Iraq"), while a later rewrite sentence takes the rest of it
     * ("since the fall of ... al-Assad") and scores a little higher: the source sentence is split in two, and the
     * lede is no new claim.
     */
    @Test
    void aSourceSentenceSplitInTwoPairsBothHalves() {
        assertParaphrased("Asaad al-Shaibani, visited Iraq to reinforce", "Assaad al-Shaibani, visited Iraq for the first time");
        assertParaphrased("visit marked a significant moment", "Assaad al-Shaibani, visited Iraq for the first time");
    }

    private ChangedFact number(String sourceValue) {
        return review.changedFacts().stream()
                .filter(f -> f.kind() == ChangedFact.Kind.NUMBER && f.sourceValue().equals(sourceValue)).findFirst()
                .orElseThrow(() -> new AssertionError("no changed number against \"" + sourceValue + "\" in "
                        + review.changedFacts()));
    }
}
