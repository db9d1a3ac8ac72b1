package io.wiretrace.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wiretrace.attribution.AttributionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each sentence class, changed fact and credit change on short texts written for these tests. */
class RewriteReviewerTest {

    static final RewriteReviewer REVIEWER = RewriteReviewer.lexical();

    /** Shared sentences around a test's sentences, so the lexical aligner weighs words as it does in whole articles. */
    private static String ctx(String sentences) {
        return "Heavy rain fell across the northern provinces for a third day.\n" + sentences
                + "\nThe weather service expects drier and warmer conditions by the weekend.";
    }

    private static Review review(String rewrite, String source) {
        return REVIEWER.review(new ReviewText("r", rewrite, List.of(), null), new ReviewText("s", source, List.of(), null));
    }

    private static ReviewedSentence containing(List<ReviewedSentence> sentences, String phrase) {
        return sentences.stream().filter(s -> s.text().contains(phrase)).findFirst().orElseThrow();
    }

    @Test
    void identicalWordsAreVerbatimEvenWithOtherPunctuationAndShortSentencesPairToo() {
        String source = "The harbour bridge reopened to traffic on the third day of repairs.\nPolitics";
        String rewrite = "Politics\nThe harbour bridge reopened to traffic, on the third day of repairs!";
        Review r = review(rewrite, source);
        assertThat(r.rewrite()).extracting(ReviewedSentence::sentenceClass)
                .containsExactly(SentenceClass.VERBATIM, SentenceClass.VERBATIM);
        assertThat(r.source()).extracting(ReviewedSentence::sentenceClass)
                .containsExactly(SentenceClass.VERBATIM, SentenceClass.VERBATIM);
        assertThat(r.rewrite().get(1).counterparts().get(0).index()).isZero();
        assertThat(r.summary().rewriteVerbatim()).isEqualTo(1.0);
        assertThat(r.changedFacts()).isEmpty();
    }

    @Test
    void aSentenceKeepingMostWordsIsEditedWithAWordDiff() {
        String source = ctx("Firefighters from three districts battled the warehouse blaze for six hours overnight.");
        String rewrite = ctx("Firefighters from four districts battled the warehouse blaze for six hours overnight.");
        Review r = review(rewrite, source);
        ReviewedSentence s = r.rewrite().get(1);
        assertThat(s.sentenceClass()).isEqualTo(SentenceClass.EDITED);
        assertThat(s.diff()).extracting(DiffOp::op, DiffOp::text, DiffOp::rewriteStart, DiffOp::sourceStart).containsExactly(
                tuple(DiffOp.Op.KEEP, "Firefighters from", s.start(), s.counterparts().get(0).start()),
                tuple(DiffOp.Op.DELETE, "three", -1, source.indexOf("three")),
                tuple(DiffOp.Op.INSERT, "four", rewrite.indexOf("four"), -1),
                tuple(DiffOp.Op.KEEP, "districts battled the warehouse blaze for six hours overnight",
                        rewrite.indexOf("districts"), source.indexOf("districts")));
        assertThat(r.source().get(1).sentenceClass()).isEqualTo(SentenceClass.EDITED);
        assertThat(r.source().get(1).diff()).isEqualTo(s.diff());
        assertThat(r.rewriteOf(SentenceClass.VERBATIM)).hasSize(2);
    }

    @Test
    void aRestatementIsParaphrasedWithItsCounterpartAndTheChangedNumber() {
        String source = ctx("Officials said the massacre of at least 1,383 civilians in coastal Syria shocked the region.");
        String rewrite = ctx("Over 1,300 civilians died in the coastal Syria massacre, according to officials.");
        Review r = review(rewrite, source);
        ReviewedSentence s = r.rewrite().get(1);
        assertThat(s.sentenceClass()).isEqualTo(SentenceClass.PARAPHRASED);
        assertThat(s.diff()).isEmpty();
        assertThat(s.counterparts()).extracting(Counterpart::index, Counterpart::start, Counterpart::end)
                .containsExactly(tuple(1, source.indexOf("Officials"), source.indexOf("region.") + 7));
        assertThat(s.counterparts().get(0).similarity()).isBetween(0.28, 1.0);
        assertThat(r.changedFacts()).extracting(ChangedFact::kind, ChangedFact::rewriteValue, ChangedFact::sourceValue,
                ChangedFact::rewriteStart, ChangedFact::sourceStart).containsExactly(tuple(ChangedFact.Kind.NUMBER,
                        "Over 1,300", "at least 1,383", rewrite.indexOf("Over"), source.indexOf("at least")));
    }

    @Test
    void unalignedSentencesAreAddedOrDropped() {
        String source = "The council approved the new budget for public libraries on Monday evening.\n"
                + "Critics argued the plan ignored rural branches entirely.";
        String rewrite = "The council approved the new budget for public libraries on Monday evening.\n"
                + "A spokesperson for the mayor promised a second vote in spring.";
        Review r = review(rewrite, source);
        assertThat(containing(r.rewrite(), "spokesperson").sentenceClass()).isEqualTo(SentenceClass.ADDED);
        assertThat(containing(r.rewrite(), "spokesperson").counterparts()).isEmpty();
        ReviewedSentence dropped = containing(r.source(), "Critics");
        assertThat(dropped.sentenceClass()).isEqualTo(SentenceClass.DROPPED);
        assertThat(dropped.start()).isEqualTo(source.indexOf("Critics"));
        assertThat(r.summary().sourceKept()).isCloseTo(76.0 / (76 + 56), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aChangedWeekdayIsADateFact() {
        Review r = review(ctx("The envoy arrived in the capital on Wednesday for talks on the border crossing."),
                ctx("The envoy arrived in the capital on Friday for talks on the border crossing."));
        assertThat(r.changedFacts()).extracting(ChangedFact::kind, ChangedFact::rewriteValue, ChangedFact::sourceValue)
                .containsExactly(tuple(ChangedFact.Kind.DATE, "Wednesday", "Friday"));
    }

    @Test
    void aReplacedNameIsANameFact() {
        String rewrite = ctx("Foreign Minister Ali Hassan met the envoy in Baghdad to discuss border security.");
        String source = ctx("Foreign Minister Fuad Hussein met the envoy in Baghdad to discuss border security.");
        Review r = review(rewrite, source);
        assertThat(r.changedFacts()).extracting(ChangedFact::kind, ChangedFact::rewriteValue, ChangedFact::sourceValue,
                ChangedFact::rewriteStart, ChangedFact::sourceStart).containsExactly(tuple(ChangedFact.Kind.NAME,
                        "Ali Hassan", "Fuad Hussein", rewrite.indexOf("Ali"), source.indexOf("Fuad")));
    }

    @Test
    void aRespelledNameInAParaphraseIsANameFact() {
        Review r = review(ctx("Visiting minister Asaad al-Shaibani praised the renewed border cooperation with Iraq."),
                ctx("Iraq and its neighbour renewed border cooperation, Assaad al-Shaibani told reporters during his visit."));
        assertThat(r.rewrite().get(1).sentenceClass()).isEqualTo(SentenceClass.PARAPHRASED);
        assertThat(r.changedFacts()).extracting(ChangedFact::kind, ChangedFact::rewriteValue, ChangedFact::sourceValue)
                .containsExactly(tuple(ChangedFact.Kind.NAME, "Asaad al-Shaibani", "Assaad al-Shaibani"));
    }

    @Test
    void aRewordedQuoteIsAQuoteWordingFact() {
        Review r = review(ctx("“We will rebuild every flooded school before winter,” the education minister told parliament."),
                ctx("“We will repair every damaged school before winter,” the education minister told parliament."));
        assertThat(r.changedFacts()).extracting(ChangedFact::kind, ChangedFact::rewriteValue, ChangedFact::sourceValue)
                .containsExactly(tuple(ChangedFact.Kind.QUOTE_WORDING,
                        "We will rebuild every flooded school before winter,", "We will repair every damaged school before winter,"));
    }

    @Test
    void theSameQuoteFromAnotherSpeakerIsASpeakerFactReportedOnce() {
        String rewrite = ctx("“Security is a shared responsibility,” Prime Minister Omar Lutfi said on Tuesday in Baghdad.");
        String source = ctx("“Security is a shared responsibility,” Prime Minister Hana Kadir said on Tuesday in Baghdad.");
        Review r = review(rewrite, source);
        assertThat(r.changedFacts()).extracting(ChangedFact::kind, ChangedFact::rewriteValue, ChangedFact::sourceValue)
                .containsExactly(tuple(ChangedFact.Kind.QUOTE_SPEAKER, "Prime Minister Omar Lutfi",
                        "Prime Minister Hana Kadir"));
    }

    @Test
    void anAddedNumberWithoutCounterpartIsNoChangedFact() {
        Review r = review(ctx("Rescuers pulled 12 survivors from the collapsed market building after the earthquake."),
                ctx("Rescuers pulled survivors from the collapsed market building after the earthquake."));
        assertThat(r.rewrite().get(1).sentenceClass()).isEqualTo(SentenceClass.EDITED);
        assertThat(r.changedFacts()).isEmpty();
    }

    @Test
    void creditsAreComparedByNameDomainOrKey() {
        String source = "Storms flooded the valley overnight, the agency reported. (AFP)\nPhoto: Reuters";
        String rewrite = "Storms flooded the valley overnight, the agency reported.\nSource: www.example-news.com";
        ReviewText s = new ReviewText("s", source, List.of(
                Credits.credit(AttributionKind.WIRE_CREDIT, "AFP", "afp.com", "(AFP)", source),
                Credits.credit(AttributionKind.VIA, "Reuters", "www.reuters.com", "Reuters", source)), null);
        ReviewText r = new ReviewText("r", rewrite, List.of(
                Credits.credit(AttributionKind.ORIGINAL_SOURCE, "Example News", "example-news.com", "www.example-news.com", rewrite),
                Credits.credit(AttributionKind.VIA, "reuters", "reuters.com", "Source:", rewrite)), null);
        Review review = REVIEWER.review(r, s);
        assertThat(review.creditChanges()).extracting(CreditChange::change, CreditChange::target).containsExactly(
                tuple(CreditChange.Change.DROPPED, "AFP"), tuple(CreditChange.Change.ADDED, "Example News"));
        assertThat(review.creditChanges().get(0).attribution().evidence().start()).isEqualTo(source.indexOf("(AFP)"));
    }

    @Test
    void summarySharesAreByCharactersOfSentences() {
        String source = "The regional court postponed the corruption trial of the former mayor until March.";
        String added = "Local papers ran the story on their front pages.";
        Review r = review(source + " " + added, source);
        double total = source.length() + added.length();
        assertThat(r.summary().rewriteVerbatim()).isCloseTo(source.length() / total, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.summary().rewriteAdded()).isCloseTo(added.length() / total, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.summary().sourceKept()).isEqualTo(1.0);
        assertThat(r.summary().rewriteSentences()).isEqualTo(2);
    }
}
