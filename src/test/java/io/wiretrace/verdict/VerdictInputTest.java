package io.wiretrace.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiretrace.article.InvalidInput;
import org.junit.jupiter.api.Test;

class VerdictInputTest {

    @Test
    void aHopNamesItsArticleThroughItsStart() {
        VerdictInput in = VerdictInput.parse("hop", null, null, null, "article:12", "outlet:afp", "rejected", "  no  ");
        assertThat(in.reference()).isEqualTo(new FindingReference(FindingType.HOP, 12, null, null, "article:12",
                "outlet:afp"));
        assertThat(in.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(in.note()).isEqualTo("no");
        // a hop from a credited work names the article it was found in
        VerdictInput placeholder = VerdictInput.parse("hop", null, null, null, "placeholder:france24@article:7",
                "outlet:afp", "confirmed", null);
        assertThat(placeholder.reference().articleId()).isEqualTo(7);
    }

    @Test
    void eachBadFieldIsNamed() {
        assertField(() -> VerdictInput.parse(null, 1L, 0, null, null, null, "confirmed", null), "findingType");
        assertField(() -> VerdictInput.parse("edge", 1L, 0, null, null, null, "confirmed", null), "findingType");
        assertField(() -> VerdictInput.parse("attribution", 1L, 0, null, null, null, "perhaps", null), "verdict");
        assertField(() -> VerdictInput.parse("attribution", null, 0, null, null, null, "confirmed", null), "articleId");
        assertField(() -> VerdictInput.parse("attribution", -4L, 0, null, null, null, "confirmed", null), "articleId");
        assertField(() -> VerdictInput.parse("hop", null, null, null, "article:x", "outlet:afp", "confirmed", null),
                "from");
        assertField(() -> VerdictInput.parse("reuse", 1L, null, 2L, null, null, "confirmed", "a\u0000b"), "note");
        assertField(() -> VerdictInput.parse("reuse", 1L, null, 2L, null, null, "confirmed", "n".repeat(4001)), "note");
        assertField(() -> VerdictInput.number("index", "two"), "index");
        assertThat(VerdictInput.number("index", " ")).isNull();
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo(field));
    }
}
