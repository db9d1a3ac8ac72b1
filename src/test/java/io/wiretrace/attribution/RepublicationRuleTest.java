package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepublicationRuleTest {

    private static final String BODY = "The river reached its highest level in forty years on Sunday, forcing hundreds "
            + "of families to leave their homes in the lower town.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "This article is republished from The Conversation under a Creative Commons license. Read the original article. | theconversation",
        "This story was originally published by ProPublica.                         | propublica",
        "This article originally appeared on The Atlantic.                          | theatlantic",
        "This post first appeared on Grist.                                         | grist",
        "Reprinted with permission from The Hill.                                   | thehill",
        "This piece was originally published on Harbour Notes.                      | Harbour Notes",
        "(This story first appeared in the Tampa Bay Times.)                        | tampabay",
        "A version of this story originally ran in the Los Angeles Times.           | latimes",
        "Cet article a été initialement publié sur Le Monde.                        | lemonde",
        "Cet article est republié à partir de The Conversation sous licence Creative Commons. | theconversation",
        "Este artículo fue publicado originalmente en El País.                      | elpais",
        "Artículo publicado originalmente en Infobae.                               | infobae",
        "Este artigo foi publicado originalmente no Público.                        | publico",
        "Dieser Artikel erschien zuerst bei Zeit Online.                            | zeit",
        "Cross-posted from The Conversation.                                        | theconversation",
        "This article was originally published on page 2 of The Guardian on May 4, 2008 | theguardian",
        "Der Beitrag ist zuerst im Spiegel erschienen.                              | spiegel",
        "Questo articolo è stato pubblicato originariamente su la Repubblica.       | repubblica",
        "Dit artikel verscheen eerder op NOS.                                       | nos",
        "Este artigo foi republicado do The Conversation sob uma licença Creative Commons. | theconversation",
        "Ten artykuł został pierwotnie opublikowany w Harbour Gazeta.               | Harbour Gazeta",
        "Pubblicato originariamente su Harbour Giornale.                            | Harbour Giornale",
        "Oorspronkelijk gepubliceerd op Harbour Krant.                              | Harbour Krant",
        "Článek původně vyšel na serveru Harbour Noviny.                            | Harbour Noviny",
        "Cet article a été publié dans Harbour Journal.                             | Harbour Journal",
        "Read the original article on Business Insider.                             | businessinsider",
        "Der Beitrag ist zuerst bei harbour-blatt.de erschienen.                     | harbour-blatt.de",
        "This story was produced by Harbour Health News and is republished with permission. | Harbour Health News",
    })
    void readsRepublicationNotices(String notice, String target) {
        assertThat(Detection.summary(article().body(BODY, "Second paragraph of the story.", notice)))
                .contains("republished_from:" + target);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "This article was reprinted on Wired.com.",
        "The study, originally published in Nature, found a link.",
        "The virus first appeared in the region in 2019.",
        "First published on March 2, 2017",
        "First Published on Apr 8",
        "The poem was originally published in 1966.",
        "Original content available for non-commercial use under a Creative Commons license, except where noted.",
        "Republishing guidelines",
        "He first appeared on television in 1998.",
        "Pubblicato originariamente su Facebook.",
        "Read the original report on the Harbour Institute website.",
        "Read the original story on Twitter.",
        "This story was produced by Jane Roe in partnership with students.",
        "Článek původně vyšel v roce 2019.",
        "Oorspronkelijk verschenen in de jaren tachtig.",
    })
    void ignoresLookAlikes(String line) {
        assertThat(Detection.summary(article().body(BODY, "Second paragraph of the story.", line))).isEmpty();
    }

    @Test
    void aBareOriginallyPublishedFooterIsAnOriginalSource() {
        var found = Detection.detect(article().body(BODY, "Originally published at www.harbournotes.net on March 3, 2021."));
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(Detection.summary(a)).isEqualTo("original_source:harbournotes.net");
            assertThat(a.evidence().text()).isEqualTo("Originally published at www.harbournotes.net");
            assertThat(a.rule()).isEqualTo(RepublicationRule.FOOTER_ID);
        });
    }

    @Test
    void ownOutletNoticeIsASelfReference() {
        var page = article().site("livescience.com").siteName("Live Science")
                .body(BODY, "Originally published on Live Science.");
        assertThat(Detection.summary(page)).isEmpty();
    }

    @Test
    void ownBlogByDomainIsASelfReference() {
        var page = article().site("harbournotes.net").body(BODY, "This post first appeared on Blog HarbourNotes.net");
        assertThat(Detection.summary(page)).isEmpty();
    }
}
