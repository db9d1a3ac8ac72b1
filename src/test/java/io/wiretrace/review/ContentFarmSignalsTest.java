package io.wiretrace.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.reuse.TextNormalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each signal, and its absence, on short articles written for these tests. */
class ContentFarmSignalsTest {

    static final ContentFarmSignals SIGNALS = new ContentFarmSignals(new TextNormalizer());

    static final String ENERGY_STORY = """
            Oil prices climbed on Tuesday after producers agreed to extend supply cuts into the spring.
            Brent crude rose above ninety dollars a barrel as traders weighed the producers' decision.
            Analysts said refinery demand in Asia would keep oil prices firm through the quarter.
            Several producers had pressed for deeper cuts, while importers warned of higher fuel bills.
            Traders expect the next producers' meeting to review the cuts again in June.
            Airlines and shipping firms, which buy fuel months ahead, said the rise would reach ticket and freight prices.
            Governments of importing countries urged the producers to reconsider before the summer driving season.""";

    static final String SPORTS_BIO = "Dana Reyes is a sports writer who covers college basketball and tennis"
            + " tournaments, with a degree in kinesiology.";
    static final String ENERGY_BIO = "Dana Reyes is a reporter who covers oil markets, crude producers and fuel prices.";

    private static List<String> codes(SignalInput in) {
        return SIGNALS.signals(in).stream().map(Signal::code).toList();
    }

    private static ReviewText article(String body) {
        return new ReviewText("a", body, List.of(), null);
    }

    /** A review whose aligned rewrite sentences have the given classes. */
    private static Review reviewWith(SentenceClass... classes) {
        List<ReviewedSentence> rewrite = new ArrayList<>();
        for (SentenceClass c : classes) {
            List<Counterpart> cp = c == SentenceClass.ADDED ? List.of() : List.of(new Counterpart(0, "x", 0, 1, 0.5));
            rewrite.add(new ReviewedSentence(rewrite.size(), "x", 0, 1, c, cp, List.of()));
        }
        return new Review("a", "s", rewrite, List.of(), List.of(), List.of(),
                new ReviewSummary(0, 0, 0, 0, 0, rewrite.size(), 0));
    }

    static final Review PARAPHRASED = reviewWith(SentenceClass.PARAPHRASED, SentenceClass.PARAPHRASED,
            SentenceClass.PARAPHRASED, SentenceClass.VERBATIM, SentenceClass.ADDED);
    static final Review COPIED = reviewWith(SentenceClass.VERBATIM, SentenceClass.VERBATIM, SentenceClass.EDITED,
            SentenceClass.PARAPHRASED);

    @Test
    void anOriginalSourceFooterOnAParaphrasedTextIsASignal() {
        String body = ENERGY_STORY + "\n\nOriginal Source: www.example-wire.com";
        List<Signal> found = SIGNALS.signals(new SignalInput(article(body), PARAPHRASED, null, 0));
        assertThat(found).extracting(Signal::code).containsExactly(ContentFarmSignals.ORIGINAL_SOURCE_FOOTER);
        Signal s = found.get(0);
        assertThat(body.substring(s.start(), s.end())).isEqualTo("Original Source: www.example-wire.com");
        assertThat(s.explanation()).contains("3 of the 4");
    }

    @Test
    void aDetectedRepublicationCreditInTheFooterCountsToo() {
        String credit = "This article was originally published by Example Wire.";
        String body = ENERGY_STORY + "\n\n" + credit;
        ReviewText a = new ReviewText("a", body, List.of(Credits.credit(
                io.wiretrace.attribution.AttributionKind.REPUBLISHED_FROM, "Example Wire", null, credit, body)), null);
        List<Signal> found = SIGNALS.signals(new SignalInput(a, PARAPHRASED, null, 0));
        assertThat(found).extracting(Signal::code, Signal::evidence, Signal::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ContentFarmSignals.ORIGINAL_SOURCE_FOOTER, credit,
                        body.indexOf(credit)));
    }

    @Test
    void aFooterIsNoSignalOnACopyWithoutAReviewOrAtTheTop() {
        String body = ENERGY_STORY + "\n\nSource: www.example-wire.com";
        assertThat(codes(new SignalInput(article(body), COPIED, null, 0))).isEmpty();
        assertThat(codes(SignalInput.of(article(body)))).isEmpty();
        String top = "Source: www.example-wire.com\n\n" + ENERGY_STORY;
        assertThat(codes(new SignalInput(article(top), PARAPHRASED, null, 0))).isEmpty();
    }

    @Test
    void aBioOnAnotherSubjectIsASignal() {
        String body = ENERGY_STORY + "\n\nDana Reyes\n\n" + SPORTS_BIO;
        List<Signal> found = SIGNALS.signals(SignalInput.of(article(body)));
        assertThat(found).extracting(Signal::code).containsExactly(ContentFarmSignals.UNRELATED_BIO);
        assertThat(found.get(0).evidence()).isEqualTo(SPORTS_BIO);
        assertThat(body.substring(found.get(0).start(), found.get(0).end())).isEqualTo(SPORTS_BIO);
        assertThat(SIGNALS.authorBio(body).orElseThrow().topicWords()).contains("basketball", "kinesiology");
    }

    @Test
    void aBioOnTheArticlesSubjectIsNoSignal() {
        assertThat(codes(SignalInput.of(article(ENERGY_STORY + "\n\n" + ENERGY_BIO)))).isEmpty();
    }

    @Test
    void bioLikeSentencesWithoutASubjectCueOrEarlyInTheTextAreNoBio() {
        String noCue = ENERGY_STORY + "\n\nDana Reyes is a writer based in Lisbon.";
        assertThat(SIGNALS.authorBio(noCue)).isEmpty();
        String early = SPORTS_BIO + "\n\n" + ENERGY_STORY;
        assertThat(SIGNALS.authorBio(early)).isEmpty();
    }

    @Test
    void commentFormBoilerplateIsAWeakSignal() {
        String body = ENERGY_STORY + "\n\nLeave a Reply\n\nYour email address will not be published. Required fields are"
                + " marked *";
        List<Signal> found = SIGNALS.signals(SignalInput.of(article(body)));
        assertThat(found).extracting(Signal::code).containsExactly(ContentFarmSignals.COMMENT_BOILERPLATE);
        assertThat(found.get(0).evidence()).startsWith("Leave a Reply").endsWith("Required fields are marked");
        assertThat(found.get(0).weight()).isLessThan(0.3);
        assertThat(codes(SignalInput.of(article(ENERGY_STORY)))).isEmpty();
    }

    @Test
    void aParaphrasedRewriteWithinHoursOfItsSourceIsASignal() {
        ReviewText source = new ReviewText("src", "x", List.of(), Instant.parse("2025-03-14T08:00:00Z"));
        ReviewText quick = new ReviewText("a", ENERGY_STORY, List.of(), Instant.parse("2025-03-14T11:30:00Z"));
        List<Signal> found = SIGNALS.signals(new SignalInput(quick, PARAPHRASED, source, 0));
        assertThat(found).extracting(Signal::code).containsExactly(ContentFarmSignals.FAST_REWRITE);
        assertThat(found.get(0).evidence()).contains("3 h 30 min after src");
        assertThat(found.get(0).start()).isNull();
    }

    @Test
    void noTimingSignalWhenLateEarlierThanTheSourceUndatedOrCopied() {
        ReviewText source = new ReviewText("src", "x", List.of(), Instant.parse("2025-03-14T08:00:00Z"));
        ReviewText late = new ReviewText("a", ENERGY_STORY, List.of(), Instant.parse("2025-03-16T08:00:00Z"));
        ReviewText before = new ReviewText("a", ENERGY_STORY, List.of(), Instant.parse("2025-03-14T07:00:00Z"));
        ReviewText quick = new ReviewText("a", ENERGY_STORY, List.of(), Instant.parse("2025-03-14T09:00:00Z"));
        assertThat(codes(new SignalInput(late, PARAPHRASED, source, 0))).isEmpty();
        assertThat(codes(new SignalInput(before, PARAPHRASED, source, 0))).isEmpty();
        assertThat(codes(new SignalInput(article(ENERGY_STORY), PARAPHRASED, source, 0))).isEmpty();
        assertThat(codes(new SignalInput(quick, COPIED, source, 0))).isEmpty();
    }

    @Test
    void aBioSharedByManyArticlesIsASignal() {
        String body = ENERGY_STORY + "\n\n" + ENERGY_BIO;
        List<Signal> found = SIGNALS.signals(new SignalInput(article(body), null, null, 7));
        assertThat(found).extracting(Signal::code).containsExactly(ContentFarmSignals.SHARED_BIO);
        assertThat(found.get(0).explanation()).contains("7 other articles");
        assertThat(codes(new SignalInput(article(body), null, null, 2))).isEmpty();
        assertThat(codes(new SignalInput(article(ENERGY_STORY), null, null, 7))).isEmpty();
    }

    @Test
    void bioFingerprintIgnoresSpacingCaseAndPunctuationOnly() {
        String print = SIGNALS.bioFingerprint(SPORTS_BIO);
        assertThat(print).hasSize(16).matches("[0-9a-f]+");
        assertThat(SIGNALS.bioFingerprint("  " + SPORTS_BIO.toUpperCase().replace(",", " ;") + "\n")).isEqualTo(print);
        assertThat(SIGNALS.bioFingerprint(ENERGY_BIO)).isNotEqualTo(print);
    }

    @Test
    void signalsNeverCarryAVerdictWeight() {
        String body = ENERGY_STORY + "\n\nOriginal Source: www.example-wire.com\n\n" + SPORTS_BIO + "\n\nLeave a Reply";
        assertThat(SIGNALS.signals(new SignalInput(article(body), PARAPHRASED, null, 9)))
                .hasSize(4).allSatisfy(s -> assertThat(s.weight()).isBetween(0.05, 0.5));
    }
}
