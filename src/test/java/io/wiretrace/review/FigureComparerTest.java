package io.wiretrace.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wiretrace.reuse.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers and dates compared by value between two aligned sentences (texts written for this test). */
class FigureComparerTest {

    private static final String PREFIX = "Intro line.\n";

    /** Compares a rewrite sentence with a source sentence, each placed after a prefix so offsets are text offsets. */
    private static List<ChangedFact> compare(String rewrite, String source) {
        List<ChangedFact> out = new ArrayList<>();
        FigureComparer.compare(new Sentence(3, rewrite, PREFIX.length(), PREFIX.length() + rewrite.length()),
                new Sentence(5, source, 0, source.length()), out);
        return out;
    }

    private static List<org.assertj.core.groups.Tuple> summary(List<ChangedFact> facts) {
        return facts.stream().map(f -> tuple(f.kind(), f.agreement(), f.rewriteValue(), f.sourceValue())).toList();
    }

    @Test
    void aRoundedOrBoundedTollIsReportedAsRoundedWithOffsetsOnBothSides() {
        String source = "Officials said the storm killed 1,383 people in the coastal provinces.";
        for (String figure : List.of("over 1,300", "more than 1,300", "nearly 1,400", "about 1,400", "1,300",
                "some 1.4 thousand")) {
            String rewrite = "The storm left " + figure + " people dead along the coast, officials said.";
            List<ChangedFact> facts = compare(rewrite, source);
            assertThat(summary(facts)).as(figure).containsExactly(
                    tuple(ChangedFact.Kind.NUMBER, ChangedFact.Agreement.ROUNDED, figure, "1,383"));
            ChangedFact f = facts.get(0);
            String rewriteText = PREFIX + rewrite;
            assertThat(rewriteText.substring(f.rewriteStart(), f.rewriteEnd())).isEqualTo(figure);
            assertThat(source.substring(f.sourceStart(), f.sourceEnd())).isEqualTo("1,383");
            assertThat(f.rewriteSentence()).isEqualTo(3);
            assertThat(f.sourceSentence()).isEqualTo(5);
            assertThat(f.explanation()).contains("the rewrite rounds");
        }
    }

    @Test
    void aBoundTheExactFigureBreaksIsContradicting() {
        String source = "Officials said the storm killed 1,383 people in the coastal provinces.";
        for (String figure : List.of("over 1,400", "nearly 1,300", "1,500", "under 1,000")) {
            assertThat(summary(compare("The storm killed " + figure + " people, officials said.", source))).as(figure)
                    .containsExactly(tuple(ChangedFact.Kind.NUMBER, ChangedFact.Agreement.CONTRADICTING, figure, "1,383"));
        }
    }

    @Test
    void millionsWrittenShortOrLongCompareByValue() {
        String source = "The fund raised $1,342,000 from 420 donors last year.";
        assertThat(summary(compare("The fund raised $1.3m from 420 donors last year.", source))).containsExactly(
                tuple(ChangedFact.Kind.NUMBER, ChangedFact.Agreement.ROUNDED, "$1.3m", "$1,342,000"));
        assertThat(summary(compare("The fund raised about $1.4 million from 420 donors.", source))).containsExactly(
                tuple(ChangedFact.Kind.NUMBER, ChangedFact.Agreement.ROUNDED, "about $1.4 million", "$1,342,000"));
        assertThat(compare("The fund raised $1,342,000 from its 420 donors.", source)).isEmpty();
        assertThat(compare("The fund lent 0.7 million euros to 420 farms.", "The fund lent 700,000 euros to 420 farms."))
                .isEmpty();
        assertThat(compare("Some 1.4 million residents left, and 1,400,000 returned.",
                "About 1.4 million residents left, and 1.4 million returned.")).isEmpty();
        assertThat(summary(compare("The fund raised $2.1 million from 420 donors last year.", source))).containsExactly(
                tuple(ChangedFact.Kind.NUMBER, ChangedFact.Agreement.CONTRADICTING, "$2.1 million", "$1,342,000"));
    }

    @Test
    void aQualifierAddedOrDroppedOnTheSameFigureIsQualified() {
        assertThat(summary(compare("The massacre claimed 1,383 lives in the coastal region.",
                "Iraq condemned the massacre of at least 1,383 civilians in coastal Syria."))).containsExactly(
                tuple(ChangedFact.Kind.NUMBER, ChangedFact.Agreement.QUALIFIED, "1,383", "at least 1,383"));
    }

    @Test
    void unitsMustMatchAndSharesChangeAsContradicting() {
        String source = "Tourism accounts for 15 percent of output and employs 400,000 people.";
        assertThat(summary(compare("Tourism accounts for 12% of output and employs 400,000 people.", source)))
                .containsExactly(tuple(ChangedFact.Kind.NUMBER, ChangedFact.Agreement.CONTRADICTING, "12%", "15 percent"));
        assertThat(compare("Tourism accounts for 15 per cent of output and 400,000 jobs.", source)).isEmpty();
        // a share and a count are different quantities: never paired
        assertThat(compare("Tourism employs 12 people per hotel on average.", "Tourism accounts for 15% of output."))
                .isEmpty();
        assertThat(summary(compare("The convoy drove 40 km to the border.", "The convoy drove 45 kilometres to the border.")))
                .containsExactly(tuple(ChangedFact.Kind.NUMBER, ChangedFact.Agreement.CONTRADICTING, "40 km",
                        "45 kilometres"));
        assertThat(compare("The convoy drove 40 miles to the border.", "The convoy drove 45 kilometres to the border."))
                .isEmpty();
    }

    @Test
    void figuresOnOneSideOnlyOrOfAnotherMagnitudeAreNotChanges() {
        assertThat(compare("Police arrested 13 suspects after the attack.", "Police arrested suspects after the attack."))
                .isEmpty();
        assertThat(compare("Police arrested suspects after the attack.", "Police arrested 13 suspects after the attack."))
                .isEmpty();
        assertThat(compare("Police arrested 13 suspects after the attack on 1,383 civilians.",
                "Police arrested suspects after the attack that killed 1,383 civilians.")).isEmpty();
        assertThat(compare("Police arrested 1,383 suspects.", "Police arrested 13 suspects.")).isEmpty();
    }

    @Test
    void datesAreComparedByTheirPartsAndReportedOnlyWhenAPartDiffers() {
        assertThat(summary(compare("The talks opened on March 15, 2025 in Baghdad.",
                "The talks opened on 14 March 2025 in Baghdad."))).containsExactly(
                tuple(ChangedFact.Kind.DATE, ChangedFact.Agreement.CONTRADICTING, "March 15, 2025", "14 March 2025"));
        assertThat(compare("The talks opened on March 14, 2025 in Baghdad.", "The talks opened on 14 March 2025 in Baghdad."))
                .isEmpty();
        assertThat(compare("The talks opened in March in Baghdad.", "The talks opened on 14 March 2025 in Baghdad."))
                .isEmpty();
        assertThat(summary(compare("The minister arrived on Thursday for talks.", "The minister arrived on Friday for talks.")))
                .containsExactly(tuple(ChangedFact.Kind.DATE, ChangedFact.Agreement.CONTRADICTING, "Thursday", "Friday"));
        assertThat(summary(compare("The law was passed in 2019 after a long debate.",
                "The law was passed in 2021 after a long debate."))).containsExactly(
                tuple(ChangedFact.Kind.DATE, ChangedFact.Agreement.CONTRADICTING, "2019", "2021"));
        // day numbers and years inside dates are not figures
        assertThat(compare("The 2,000 delegates met on March 14.", "The 2,000 delegates met on March 14, 2025.")).isEmpty();
        // "may" the verb is no month
        assertThat(compare("Officials may extend the curfew.", "Officials said in May they would extend the curfew."))
                .isEmpty();
    }
}
