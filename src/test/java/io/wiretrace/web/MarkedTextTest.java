package io.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedTextTest {

    static MarkedText.Span span(int start, int end, String id) {
        return new MarkedText.Span(start, end, id, "credit", "why", "tag " + id, "#" + id);
    }

    @Test
    void cutsParagraphsAndMarksSpansByOffsets() {
        String text = "First para with AFP credit.\n\nSecond para.";
        MarkedText m = MarkedText.of(text, List.of(span(16, 26, "a")));
        assertThat(m.paragraphs()).hasSize(2);
        List<MarkedText.Piece> first = m.paragraphs().get(0).pieces();
        assertThat(first).extracting(MarkedText.Piece::text).containsExactly("First para with ", "AFP credit", ".");
        assertThat(first.get(1).marked()).isTrue();
        assertThat(first.get(1).first()).isTrue();
        assertThat(first.get(1).last()).isTrue();
        assertThat(m.paragraphs().get(1).pieces()).extracting(MarkedText.Piece::text).containsExactly("Second para.");
    }

    @Test
    void aSpanAcrossAParagraphBreakIsMarkedOnBothSidesAndOpensOnce() {
        String text = "one two\n\nthree four";
        MarkedText m = MarkedText.of(text, List.of(span(4, 14, "x")));
        MarkedText.Piece end = m.paragraphs().get(0).pieces().get(1);
        MarkedText.Piece start = m.paragraphs().get(1).pieces().get(0);
        assertThat(end.text()).isEqualTo("two");
        assertThat(end.first()).isTrue();
        assertThat(end.last()).isFalse();
        assertThat(start.text()).isEqualTo("three");
        assertThat(start.first()).isFalse();
        assertThat(start.last()).isTrue();
    }

    @Test
    void overlappingSpansShowTheOneStartingFirstAndOutOfRangeOffsetsAreClipped() {
        String text = "abcdefghij";
        MarkedText m = MarkedText.of(text, List.of(span(5, 99, "late"), span(2, 7, "early"), span(-3, 0, "none")));
        List<MarkedText.Piece> pieces = m.paragraphs().get(0).pieces();
        assertThat(pieces).extracting(MarkedText.Piece::text).containsExactly("ab", "cde", "fg", "hij");
        assertThat(pieces.get(2).span().id()).isEqualTo("early");
        assertThat(pieces.get(3).span().id()).isEqualTo("late");
        assertThat(pieces.get(3).first()).isFalse();
        assertThat(String.join("", pieces.stream().map(MarkedText.Piece::text).toList())).isEqualTo(text);
    }

    @Test
    void emptyTextHasNoParagraphs() {
        assertThat(MarkedText.of("", List.of(span(0, 3, "a"))).paragraphs()).isEmpty();
        assertThat(MarkedText.of(null, List.of()).paragraphs()).isEmpty();
    }
}
