package io.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiretrace.article.ArticleInput;
import io.wiretrace.article.InvalidInput;
import org.junit.jupiter.api.Test;

class CheckFormTest {

    @Test
    void detectsAUrlMarkupOrPlainText() {
        assertThat(new CheckForm(" https://example.com/a ", "auto", null, null, null, null).toInput())
                .isEqualTo(new ArticleInput.FromUrl("https://example.com/a"));
        assertThat(new CheckForm("<!DOCTYPE html><html><p>x</p></html>", null, "https://e.com/x", "NDTV", null, null).toInput())
                .isInstanceOf(ArticleInput.FromHtml.class).extracting(ArticleInput::url).isEqualTo("https://e.com/x");
        ArticleInput text = new CheckForm("Officials said on Monday... see https://e.com", "auto", "", "NDTV", null, null).toInput();
        assertThat(text).isEqualTo(new ArticleInput.FromText("Officials said on Monday... see https://e.com", null, "NDTV",
                null, null));
    }

    @Test
    void anExplicitChoiceWinsAndAUrlFieldAloneIsFetched() {
        assertThat(new CheckForm("<p>quoted markup</p>", "text", null, null, null, null).toInput())
                .isInstanceOf(ArticleInput.FromText.class);
        assertThat(new CheckForm("", "auto", "https://e.com/y", null, null, null).toInput())
                .isEqualTo(new ArticleInput.FromUrl("https://e.com/y"));
    }

    @Test
    void emptyInputOrAnUnknownModeNamesTheField() {
        assertThatThrownBy(() -> new CheckForm("  ", "auto", null, null, null, null).toInput())
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("input");
        assertThatThrownBy(() -> new CheckForm("text", "pdf", null, null, null, null).toInput())
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("as");
    }

    @Test
    void aTextTakesItsTitleAndPublicationTimeFromTheForm() {
        ArticleInput.FromText text = (ArticleInput.FromText) new CheckForm("Officials said on Monday.", "text", null, "NDTV",
                " Dam report ", "2019-03-14T09:26").toInput();
        assertThat(text.title()).isEqualTo("Dam report");
        assertThat(text.publishedAt()).isEqualTo(java.time.OffsetDateTime.parse("2019-03-14T09:26Z"));
        assertThat(((ArticleInput.FromText) new CheckForm("Officials said.", "text", null, null, "", "2019-03-14").toInput())
                .publishedAt()).isEqualTo(java.time.OffsetDateTime.parse("2019-03-14T00:00Z"));
        assertThatThrownBy(() -> new CheckForm("Officials said.", "text", null, null, null, "14/03/2019").toInput())
                .isInstanceOf(io.wiretrace.article.InvalidInput.class).hasMessageContaining("publishedAt '14/03/2019'");
    }
}
