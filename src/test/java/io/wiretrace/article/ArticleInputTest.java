package io.wiretrace.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleInputTest {

    @Test
    void aTextsOutletIsOneLineOfAtMost200Characters() {
        assertThat(new ArticleInput.FromText("t", null, "a".repeat(200), null, null).outlet()).hasSize(200);
        assertThatThrownBy(() -> new ArticleInput.FromText("t", null, "a".repeat(201), null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("outlet"));
        assertThatThrownBy(() -> new ArticleInput.FromText("t", null, "Line One\nLine Two", null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("outlet"));
        assertThatThrownBy(() -> ArticleInput.checkOutlet("Line One\rLine Two")).isInstanceOf(InvalidInput.class);
    }
}
