package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ArticleViewTest {

    private static ArticleView view(String... paragraphs) {
        return new ArticleView(article().body(paragraphs).build(), Detection.REGISTRY);
    }

    @Test
    void eachLineIsLowerCasedAsOnItsOwnWhetherTheBodyIsLowerCasedOnceOrNot() {
        ArticleView plain = view("Valmere TIMES reports.", "  Taken FROM a Wire Feed  ", "Zoë ÅSE Ærø");
        ArticleView dotted = view("İSTANBUL (Valmere Times) — a line.", "Taken FROM a Wire Feed");
        ArticleView sigma = view("ΟΔΥΣΣΕΑΣ", "Taken FROM a Wire Feed");
        assertThat(plain.lowerBody()).isEqualTo(plain.body().toLowerCase(Locale.ROOT));
        assertThat(dotted.lowerBody()).isNull(); // 'İ' lower-cases to two chars
        assertThat(sigma.lowerBody()).isNull(); // a final 'Σ' lower-cases by its context
        for (ArticleView v : new ArticleView[] {plain, dotted, sigma}) {
            for (Block b : v.blocks()) {
                assertThat(b.lower()).isEqualTo(b.text().toLowerCase(Locale.ROOT));
            }
        }
    }
}
