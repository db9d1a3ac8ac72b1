package io.wiretrace.revision;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionDifferTest {

    private final RevisionDiffer differ = new RevisionDiffer();

    static Attribution afp(int start) {
        return new Attribution(AttributionKind.WIRE_CREDIT, new Attribution.Target("afp", "AFP", "afp.com", "AFP"),
                new Attribution.Evidence("(AFP)", "body", start, start + 5), 0.9, "dateline.agency", "agency dateline");
    }

    static RevisionContent version(String title, String body, Attribution... credits) {
        return new RevisionContent(title, "By Jane Doe", body, List.of(credits));
    }

    @Test
    void anUnchangedTextIsNoChangeWhateverItsWhitespaceAndRotatingTimes() {
        RevisionContent a = version("Dam lowered", "Updated 10:42 am. Engineers lowered the dam.\n\nIt was cracked.");
        RevisionContent b = version("Dam lowered ", "Updated 11:07 am.  Engineers lowered the dam.\n\nIt was cracked.");
        assertThat(a.sameArticleAs(b)).isTrue();
        assertThat(differ.diff(a, b).isEmpty()).isTrue();
    }

    @Test
    void aShownHeadingChangedUnderTheSameTitleIsTheHeadlineChangeUnlessAVersionKeptNone() {
        RevisionContent a = new RevisionContent("Dam lowered", null, "It was cracked.", List.of(), "Dam to be lowered");
        RevisionContent b = new RevisionContent("Dam lowered", null, "It was cracked.", List.of(), "Villages told to prepare");
        assertThat(a.sameArticleAs(b)).isFalse();
        assertThat(differ.diff(a, b).headline())
                .isEqualTo(new RevisionDiff.TextChange("Dam to be lowered", "Villages told to prepare"));

        // a page that keeps its new heading in the text: the heading change is not also an added sentence
        RevisionContent kept = new RevisionContent("Dam lowered", null, "Villages told to prepare\n\nIt was cracked.",
                List.of(), "Villages told to prepare");
        RevisionDiff diff = differ.diff(a, kept);
        assertThat(diff.headline()).isEqualTo(new RevisionDiff.TextChange("Dam to be lowered", "Villages told to prepare"));
        assertThat(diff.sentences()).isEmpty();

        RevisionContent stored = new RevisionContent("Dam lowered", null, "It was cracked.", List.of());
        assertThat(stored.sameArticleAs(b)).as("a version stored before headings were kept").isTrue();
        RevisionContent spaced = new RevisionContent("Dam lowered", null, "It was cracked.", List.of(), " Dam to be  lowered");
        assertThat(a.sameArticleAs(spaced)).isTrue();
    }

    @Test
    void aChangedWordIsAnEditedSentenceWithItsWordDiff() {
        RevisionContent a = version("Dam lowered", "Paris (AFP) - Engineers lowered the dam on Wednesday. It was cracked.",
                afp(6));
        RevisionContent b = version("Dam lowered", "Paris - Engineers lowered the dam on Wednesday. It was cracked.");
        RevisionDiff diff = differ.diff(a, b);

        assertThat(a.sameArticleAs(b)).isFalse();
        assertThat(diff.headline()).isNull();
        assertThat(diff.sentences()).hasSize(1);
        SentenceChange edit = diff.sentences().get(0);
        assertThat(edit.kind()).isEqualTo(SentenceChange.Kind.EDITED);
        assertThat(edit.before()).startsWith("Paris (AFP)");
        assertThat(edit.beforeStart()).isZero();
        assertThat(edit.after()).startsWith("Paris - Engineers");
        assertThat(edit.words()).containsExactly(new SentenceChange.WordChange(SentenceChange.WordChange.Op.KEEP, "Paris"),
                new SentenceChange.WordChange(SentenceChange.WordChange.Op.DELETE, "(AFP)"),
                new SentenceChange.WordChange(SentenceChange.WordChange.Op.KEEP,
                        "- Engineers lowered the dam on Wednesday."));
        assertThat(diff.attributionsRemoved()).extracting(x -> x.evidence().text()).containsExactly("(AFP)");
        assertThat(diff.attributionsAdded()).isEmpty();
    }

    @Test
    void headlineAddedAndRemovedSentencesAreReportedInReadingOrder() {
        RevisionContent a = version("Dam lowered", "First fact stays.\nA sentence that goes away entirely.\nLast stays.");
        RevisionContent b = version("Dam lowered after crack", "First fact stays.\nLast stays.\nA brand new closing line here.");
        RevisionDiff diff = differ.diff(a, b);

        assertThat(diff.headline()).isEqualTo(new RevisionDiff.TextChange("Dam lowered", "Dam lowered after crack"));
        assertThat(diff.sentences()).extracting(SentenceChange::kind)
                .containsExactly(SentenceChange.Kind.REMOVED, SentenceChange.Kind.ADDED);
        assertThat(diff.sentences().get(0).before()).isEqualTo("A sentence that goes away entirely.");
        assertThat(diff.sentences().get(1).after()).isEqualTo("A brand new closing line here.");
        assertThat(diff.sentences().get(1).afterStart()).isEqualTo(b.bodyText().indexOf("A brand new"));
        assertThat(diff.count(SentenceChange.Kind.ADDED)).isEqualTo(1);
    }

    @Test
    void aCreditGivenTwiceAndThenOnceIsDroppedOnce() {
        RevisionContent a = version("T", "Body.", afp(0), afp(0));
        RevisionContent b = version("T", "Body.", afp(0));
        assertThat(differ.diff(a, b).attributionsRemoved()).hasSize(1);
        assertThat(differ.diff(b, a).attributionsAdded()).hasSize(1);
    }

    @Test
    void wallsAndErrorPagesAreWithheldVersionsButAShorterArticleIsNot() {
        WithheldVersion withheld = new WithheldVersion();
        String longBody = "Engineers lowered the water level behind the dam after inspectors found a crack. ".repeat(10);
        RevisionContent article = version("Dam lowered", longBody);

        assertThat(withheld.reason(article, version("Dam lowered", "Subscribe to continue reading this article.")))
                .hasValueSatisfying(r -> assertThat(r).contains("wall"));
        assertThat(withheld.reason(article, version("We use cookies", "We use cookies to improve your experience. "
                + "Accept all cookies or manage your privacy choices."))).isPresent();
        assertThat(withheld.reason(article, version("404 Not Found", longBody))).isPresent();
        assertThat(withheld.reason(article, version("Dam lowered", "Engineers lowered the water level."))).isEmpty();
        assertThat(withheld.reason(article, version("Dam lowered again", longBody + " More."))).isEmpty();
    }
}
