package io.wiretrace.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoryRefTest {

    @Test
    void aStoryIsNamedByItsIdOrByOneOfItsArticles() {
        assertThat(StoryRef.articleOf("story:article:12")).isEqualTo(12);
        assertThat(StoryRef.articleOf("article:12")).isEqualTo(12);
        assertThat(StoryRef.articleOf(" 12 ")).isEqualTo(12);
    }

    @Test
    void anythingElseIsRefusedNamingTheId() {
        // "story:foo:1" and "x:y:3" were read as story 1 and 3: only the last number counted
        for (String bad : new String[] {"story:foo:1", "x:y:3", "article:story:4", "story:abc", "0", "-3", "",
                "99999999999999999999", "story:article:"}) {
            assertThatThrownBy(() -> StoryRef.articleOf(bad)).as(bad).isInstanceOf(InvalidInput.class)
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("id");
        }
    }
}
