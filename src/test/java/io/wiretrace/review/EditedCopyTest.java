package io.wiretrace.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wiretrace.attribution.AttributionKind;
import io.wiretrace.support.SharedCorpus;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A real article (Readability's extraction of a Washington Post page, read in place) and a copy edited here: two
 * sentences reworded, a number changed, a quote reworded, a paragraph added and a credit line removed. Every change
 * must be reported where it is, and nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditedCopyTest {

    static final String SENTENCE_1 = "the bloodshed raised fears that militants linked to the Islamic State were expanding";
    static final String SENTENCE_1_NEW = "the bloodshed raised fears that militants tied to the Islamic State were widening";
    static final String SENTENCE_2 = "said the U.S. government was willing to assist Tunisian authorities";
    static final String SENTENCE_2_NEW = "said the U.S. government was ready to help Tunisian authorities";
    static final String NUMBER = "accounting for 15 percent of its gross";
    static final String NUMBER_NEW = "accounting for 12 percent of its gross";
    static final String QUOTE = "“Our nation is in danger,”";
    static final String QUOTE_NEW = "“Our country is in danger,”";
    static final String ADDED = "Hoteliers along the coast reported a wave of cancellations within hours of the news."
            + " Several cruise lines said they would review their calls at the port of La Goulette.";
    static final String ANCHOR_FOR_ADDED = "foreign fighters in the conflict. Tunisian security forces have also fought"
            + " increasing gunbattles with jihadists at home.";

    String original;
    String edited;
    String creditLine;
    Review review;

    /** The reviewer under test: lexical here, with the sentence model in {@link EditedCopyWithModelTest}. */
    RewriteReviewer reviewer() {
        return RewriteReviewer.lexical();
    }

    @BeforeAll
    void makeCopy() {
        String html = SharedCorpus.read("readability/wapo-1/expected.html");
        original = Jsoup.parse(html).select("p").stream().map(Element::text).map(String::strip)
                .filter(t -> !t.isEmpty()).collect(Collectors.joining("\n\n"));
        creditLine = original.lines().filter(l -> l.endsWith("(Reuters)")).findFirst().orElseThrow();
        edited = replace(original, SENTENCE_1, SENTENCE_1_NEW);
        edited = replace(edited, SENTENCE_2, SENTENCE_2_NEW);
        edited = replace(edited, NUMBER, NUMBER_NEW);
        edited = replace(edited, QUOTE, QUOTE_NEW);
        edited = replace(edited, ANCHOR_FOR_ADDED, ANCHOR_FOR_ADDED + "\n\n" + ADDED);
        edited = replace(edited, creditLine + "\n\n", "");
        ReviewText source = new ReviewText("wapo", original,
                List.of(Credits.credit(AttributionKind.WIRE_CREDIT, "Reuters", "reuters.com", "(Reuters)", original)), null);
        ReviewText rewrite = new ReviewText("copy", edited, List.of(), null);
        review = reviewer().review(rewrite, source);
    }

    private static String replace(String text, String from, String to) {
        assertThat(text).as("the page still holds the passage this test edits").contains(from);
        return text.replace(from, to);
    }

    @Test
    void reportsExactlyTheEditedSentencesWithTheirCounterparts() {
        List<ReviewedSentence> editedSentences = review.rewriteOf(SentenceClass.EDITED);
        assertThat(editedSentences).extracting(EditedCopyTest::changed)
                .containsExactly(SENTENCE_1_NEW, QUOTE_NEW, SENTENCE_2_NEW, NUMBER_NEW);
        for (ReviewedSentence s : editedSentences) {
            assertThat(edited.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(edited.indexOf(changed(s))).isBetween(s.start(), s.end());
            Counterpart c = s.counterparts().get(0);
            assertThat(original.substring(c.start(), c.end())).isEqualTo(c.text());
        }
        assertThat(review.sourceOf(SentenceClass.EDITED)).hasSize(4);
        assertThat(review.rewriteOf(SentenceClass.PARAPHRASED)).isEmpty();
        assertThat(review.sourceOf(SentenceClass.PARAPHRASED)).isEmpty();
    }

    /** Which edit a sentence holds. */
    static String changed(ReviewedSentence s) {
        return List.of(SENTENCE_1_NEW, SENTENCE_2_NEW, NUMBER_NEW, QUOTE_NEW).stream().filter(s.text()::contains)
                .findFirst().orElse("none: " + s.text());
    }

    @Test
    void wordDiffsShowOnlyTheChangedWordsAtTheirOffsets() {
        List<List<String>> changes = review.rewriteOf(SentenceClass.EDITED).stream()
                .map(s -> s.diff().stream().filter(op -> op.op() != DiffOp.Op.KEEP)
                        .map(op -> op.op() + " " + op.text()).toList()).toList();
        assertThat(changes).containsExactly(
                List.of("DELETE linked", "INSERT tied", "DELETE expanding", "INSERT widening"),
                List.of("DELETE nation", "INSERT country"),
                List.of("DELETE willing", "INSERT ready", "DELETE assist", "INSERT help"),
                List.of("DELETE 15", "INSERT 12"));
        for (ReviewedSentence s : review.rewriteOf(SentenceClass.EDITED)) {
            for (DiffOp op : s.diff()) {
                if (op.op() != DiffOp.Op.DELETE) {
                    assertThat(edited.substring(op.rewriteStart(), op.rewriteEnd())).isEqualTo(op.text());
                }
                if (op.op() == DiffOp.Op.DELETE) {
                    assertThat(original.substring(op.sourceStart(), op.sourceEnd())).isEqualTo(op.text());
                }
                if (op.op() == DiffOp.Op.KEEP) {
                    assertThat(words(original.substring(op.sourceStart(), op.sourceEnd()))).isEqualTo(words(op.text()));
                }
            }
        }
    }

    private static List<String> words(String text) {
        return new io.wiretrace.reuse.TextNormalizer().normalize(text).tokens();
    }

    @Test
    void reportsTheAddedParagraphAndTheRemovedCreditLineAndNothingElse() {
        assertThat(review.rewriteOf(SentenceClass.ADDED)).extracting(ReviewedSentence::start)
                .containsExactly(edited.indexOf("Hoteliers along"), edited.indexOf("Several cruise lines"));
        assertThat(review.sourceOf(SentenceClass.DROPPED)).extracting(ReviewedSentence::start)
                .containsExactly(original.indexOf(creditLine), original.indexOf("(Reuters)"));
        int others = review.rewrite().size() - 6;
        assertThat(review.rewriteOf(SentenceClass.VERBATIM)).hasSize(others);
        assertThat(review.sourceOf(SentenceClass.VERBATIM)).hasSize(review.source().size() - 6);
    }

    @Test
    void reportsTheChangedNumberAndTheRewordedQuoteAsChangedFacts() {
        assertThat(review.changedFacts()).extracting(ChangedFact::kind, ChangedFact::agreement, ChangedFact::rewriteValue,
                ChangedFact::sourceValue, ChangedFact::rewriteStart, ChangedFact::sourceStart).containsExactly(
                        tuple(ChangedFact.Kind.QUOTE_WORDING, null, "Our country is in danger,", "Our nation is in danger,",
                                edited.indexOf(QUOTE_NEW) + 1, original.indexOf(QUOTE) + 1),
                        tuple(ChangedFact.Kind.NUMBER, ChangedFact.Agreement.CONTRADICTING, "12 percent", "15 percent",
                                edited.indexOf("12 percent"), original.indexOf("15 percent")));
        for (ChangedFact f : review.changedFacts()) {
            assertThat(edited.substring(f.rewriteStart(), f.rewriteEnd())).isEqualTo(f.rewriteValue());
            assertThat(original.substring(f.sourceStart(), f.sourceEnd())).isEqualTo(f.sourceValue());
        }
    }

    @Test
    void reportsTheRemovedCreditAsDropped() {
        assertThat(review.creditChanges()).extracting(CreditChange::change, CreditChange::target)
                .containsExactly(tuple(CreditChange.Change.DROPPED, "Reuters"));
    }
}
