package io.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.app.ReadArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetPartsTest {

    @Test
    void marksSplitTheSnippetIntoFoundWordsAndText() {
        String snippet = "the " + ReadArticles.MARK_START + "vote" + ReadArticles.MARK_END + " was <held>";
        assertThat(ArticleRow.parts(snippet)).containsExactly(new ArticleRow.Part("the ", false),
                new ArticleRow.Part("vote", true), new ArticleRow.Part(" was <held>", false));
    }

    @Test
    void aSnippetWithoutAFoundWordIsDropped() {
        assertThat(ArticleRow.parts("no marks here")).isEqualTo(List.of());
        assertThat(ArticleRow.parts(null)).isEmpty();
    }
}
