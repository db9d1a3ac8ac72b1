package io.wiretrace.review;

import static io.wiretrace.attribution.AttributionKind.ORIGINAL_SOURCE;
import static io.wiretrace.attribution.AttributionKind.SYNDICATED_FEED_DISCLAIMER;
import static io.wiretrace.attribution.AttributionKind.WIRE_CREDIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.reuse.TextNormalizer;
import io.wiretrace.support.SharedCorpus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The project's two seed articles: nigeriapulse.com's rewrite of NDTV's syndicated AFP story, read in place. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedReviewTest {

    ReviewText rewrite;
    ReviewText source;
    Review review;

    /** The reviewer under test: lexical here, with the sentence model in {@link SeedReviewWithModelTest}. */
    RewriteReviewer reviewer() {
        return RewriteReviewer.lexical();
    }

    @BeforeAll
    void compare() {
        String np = SharedCorpus.read("pages/seed-nigeriapulse.txt");
        String ndtv = SharedCorpus.read("pages/seed-ndtv.txt");
        rewrite = new ReviewText("nigeriapulse", np,
                List.of(Credits.credit(ORIGINAL_SOURCE, "france24.com", "france24.com", "Original Source: www.france24.com", np)),
                Instant.parse("2025-03-15T03:00:00Z"));
        source = new ReviewText("ndtv", ndtv, List.of(
                Credits.credit(WIRE_CREDIT, "AFP", "afp.com", "spoke to AFP", ndtv),
                Credits.credit(SYNDICATED_FEED_DISCLAIMER, "NDTV", "ndtv.com", "(Except for the headline", ndtv)),
                Instant.parse("2025-03-14T20:00:00Z"));
        review = reviewer().review(rewrite, source);
    }

    @Test
    void findsTheParaphrasedPairs() {
        assertParaphrased("Fuad Hussein", "Fuad Hussein");
        assertParaphrased("1,383", "1,383");
        assertParaphrased("online campaign against Syrians", "campaign online against Syrians");
        assertParaphrased("foreign ministry has called for measures", "foreign ministry has called for measures");
    }

    void assertParaphrased(String inRewrite, String inSource) {
        ReviewedSentence r = review.rewrite().stream().filter(s -> s.text().contains(inRewrite)).findFirst().orElseThrow();
        assertThat(r.sentenceClass()).as(r.text()).isEqualTo(SentenceClass.PARAPHRASED);
        Counterpart c = r.counterparts().get(0);
        assertThat(c.text()).contains(inSource);
        assertThat(source.bodyText().substring(c.start(), c.end())).isEqualTo(c.text());
        assertThat(rewrite.bodyText().substring(r.start(), r.end())).isEqualTo(r.text());
        ReviewedSentence s = review.source().get(c.index());
        assertThat(s.sentenceClass()).isEqualTo(SentenceClass.PARAPHRASED);
        assertThat(s.counterparts()).extracting(Counterpart::index).contains(r.index());
    }

    @Test
    void classesTheLeaderKillingAndTheSharedResponsibilityQuoteAsAdded() {
        assertThat(classOf("Abdullah Makki Muslih al-Rufayi")).isEqualTo(SentenceClass.ADDED);
        assertThat(classOf("security is a shared responsibility")).isEqualTo(SentenceClass.ADDED);
    }

    SentenceClass classOf(String phrase) {
        return review.rewrite().stream().filter(s -> s.text().contains(phrase)).findFirst().orElseThrow().sentenceClass();
    }

    @Test
    void reportsTheAfpCreditAsDroppedAndFrance24AsAdded() {
        assertThat(review.creditChanges()).extracting(CreditChange::change, CreditChange::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CreditChange.Change.DROPPED, "AFP"),
                org.assertj.core.groups.Tuple.tuple(CreditChange.Change.ADDED, "france24.com"));
    }

    @Test
    void summaryShowsAMostlyNewTextKeepingPartOfTheSource() {
        ReviewSummary s = review.summary();
        System.out.printf("seed review: rewrite verbatim %.2f edited %.2f paraphrased %.2f added %.2f; source kept %.2f%n",
                s.rewriteVerbatim(), s.rewriteEdited(), s.rewriteParaphrased(), s.rewriteAdded(), s.sourceKept());
        assertThat(s.rewriteVerbatim() + s.rewriteEdited() + s.rewriteParaphrased() + s.rewriteAdded())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.rewriteParaphrased()).isGreaterThan(0.1);
        assertThat(s.rewriteVerbatim()).isZero();
        assertThat(s.sourceKept()).isBetween(0.2, 0.8);
    }

    @Test
    void listsTheUnrelatedBioAndTheOriginalSourceFooterAsSignals() {
        ContentFarmSignals signals = new ContentFarmSignals(new TextNormalizer());
        List<Signal> found = signals.signals(new SignalInput(rewrite, review, source, 0));
        found.forEach(x -> System.out.println("signal " + x.code() + ": " + x.explanation()));
        assertThat(found).extracting(Signal::code).contains(ContentFarmSignals.UNRELATED_BIO,
                ContentFarmSignals.ORIGINAL_SOURCE_FOOTER, ContentFarmSignals.COMMENT_BOILERPLATE,
                ContentFarmSignals.FAST_REWRITE);
        Signal bio = found.stream().filter(x -> x.code().equals(ContentFarmSignals.UNRELATED_BIO)).findFirst().orElseThrow();
        assertThat(bio.evidence()).startsWith("Clara Lopez is an esteemed journalist");
        assertThat(rewrite.bodyText().substring(bio.start(), bio.end())).isEqualTo(bio.evidence());
        Signal footer = found.stream().filter(x -> x.code().equals(ContentFarmSignals.ORIGINAL_SOURCE_FOOTER)).findFirst()
                .orElseThrow();
        assertThat(footer.evidence()).isEqualTo("Original Source: www.france24.com");
        assertThat(rewrite.bodyText().substring(footer.start(), footer.end())).isEqualTo(footer.evidence());
    }

    @Test
    void theSourceItselfRaisesNoSignal() {
        List<Signal> found = new ContentFarmSignals(new TextNormalizer()).signals(SignalInput.of(source));
        assertThat(found).isEmpty();
    }
}
