package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** canonical_cross_domain, meta_original_source and jsonld_isbasedon. */
class MarkupRulesTest {

    private static final String BODY = "The council approved the new tram line after a three-hour debate.";

    @Test
    void canonicalOnAnotherDomainIsReportedWithTheTagAsEvidence() {
        var found = Detection.detect(article().site("dailyharbour.com").canonical("https://www.nytimes.com/2024/x.html")
                .body(BODY));
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(Detection.summary(a)).isEqualTo("canonical_cross_domain:nytimes");
            assertThat(a.evidence().text()).startsWith("<link rel=\"canonical\"");
            assertThat(a.evidence().location()).isEqualTo("link");
            assertThat(a.evidence().start()).isNull();
        });
    }

    @Test
    void canonicalOnTheSameRegistrableDomainIsNot() {
        assertThat(Detection.summary(article().site("edition.cnn.com").canonical("https://www.cnn.com/x").body(BODY)))
                .isEmpty();
        assertThat(Detection.summary(article().site("bbc.co.uk").canonical("https://www.bbc.co.uk/news/x").body(BODY)))
                .isEmpty();
    }

    @Test
    void unknownCanonicalDomainBecomesAnUnknownTarget() {
        var found = Detection.detect(article().site("sonline.example").canonical("https://www.duol.hu/x/1").body(BODY));
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.target().key()).isNull();
            assertThat(a.target().domain()).isEqualTo("duol.hu");
            assertThat(a.target().name()).isEqualTo("duol.hu");
        });
    }

    @Test
    void archiveCapturesAreNotCrossDomain() {
        assertThat(Detection.summary(article().site("web.archive.org").canonical("http://www.stol.it/x").body(BODY)))
                .isEmpty();
    }

    @Test
    void ogUrlAndSiteNameRevealTheOwnDomainWhenThePageUrlIsUnknown() {
        // no page URL: the extractor took siteDomain from the canonical
        var page = article().site("businessinsider.com").siteName("MSN")
                .canonical("http://www.businessinsider.com/story").ogUrl("http://www.msn.com/en-us/story").body(BODY);
        assertThat(Detection.summary(page)).containsExactly("canonical_cross_domain:businessinsider");
    }

    @Test
    void metaOriginalSourceNamesAnotherOutlet() {
        assertThat(Detection.summary(article().meta("original-source", "https://theconversation.com/a-1").body(BODY)))
                .containsExactly("meta_original_source:theconversation");
        assertThat(Detection.summary(article().meta("syndication-source", "https://www.reuters.com/x").body(BODY)))
                .containsExactly("meta_original_source:reuters");
        assertThat(Detection.summary(article().meta("source", "NYT").body(BODY)))
                .containsExactly("meta_original_source:nytimes");
        // the label some sites write inside the value
        assertThat(Detection.summary(article().meta("source", "来源：新华网").body(BODY)))
                .containsExactly("meta_original_source:xinhua");
        assertThat(Detection.summary(article().meta("source", "Źródło: PAP").body(BODY)))
                .containsExactly("meta_original_source:pap");
    }

    /** Through the extractor: Google News' link form and the underscore and citation names of the source metas. */
    @Test
    void sourceLinksAndMetaNamesOfAPageAreRead() {
        String story = "<p>" + BODY + "</p>";
        assertThat(Detection.summary(Detection.DETECTOR.detect(new io.wiretrace.extract.JsoupArticleExtractor().fromHtml(
                "<html><head><link rel=\"original-source\" href=\"https://www.theguardian.com/world/a-1\"></head><body>"
                        + "<h1>Port</h1>" + story + "</body></html>", "https://harbourdaily.example/a")).get(0)))
                .isEqualTo("meta_original_source:theguardian");
        assertThat(Detection.summary(Detection.DETECTOR.detect(new io.wiretrace.extract.JsoupArticleExtractor().fromHtml(
                "<html><head><meta name=\"citation_source\" content=\"https://www.reuters.com/x\"></head><body>"
                        + "<h1>Port</h1>" + story + "</body></html>", "https://harbourdaily.example/a")).get(0)))
                .isEqualTo("meta_original_source:reuters");
        // the page's own canonical link is no source
        assertThat(Detection.DETECTOR.detect(new io.wiretrace.extract.JsoupArticleExtractor().fromHtml(
                "<html><head><link rel=\"canonical\" href=\"https://harbourdaily.example/a\"></head><body>"
                        + "<h1>Port</h1>" + story + "</body></html>", "https://harbourdaily.example/a"))).isEmpty();
    }

    @Test
    void metaPointingAtItselfOrUnknownBareSourceIsIgnored() {
        assertThat(Detection.summary(article().site("theconversation.com")
                .meta("original-source", "https://theconversation.com/a-1").body(BODY))).isEmpty();
        assertThat(Detection.summary(article().meta("source", "staff").body(BODY))).isEmpty();
        // a data file or a photo page is what a chart or picture came from
        assertThat(Detection.summary(article().meta("dc.source", "https://www.harbourcity.gov/budget.csv").body(BODY)))
                .isEmpty();
        assertThat(Detection.summary(article().meta("original-source", "https://www.flickr.com/photos/jr/1").body(BODY)))
                .isEmpty();
    }

    @Test
    void jsonLdIsBasedOnAnotherDomain() {
        assertThat(Detection.summary(article().site("wired.com").isBasedOn("https://www.wired.co.uk/article/x").body(BODY)))
                .containsExactly("jsonld_isbasedon:wired-uk");
        assertThat(Detection.summary(article().sourceOrganization("Reuters").body(BODY)))
                .containsExactly("jsonld_isbasedon:reuters");
    }

    @Test
    void jsonLdInternalReferencesAndThePublisherAreIgnored() {
        assertThat(Detection.summary(article().sourceOrganization("#Publisher").body(BODY))).isEmpty();
        assertThat(Detection.summary(article().publisher("Harbour Daily").sourceOrganization("Harbour Daily").body(BODY)))
                .isEmpty();
        assertThat(Detection.summary(article().site("wired.com").isBasedOn("https://www.wired.com/story/y").body(BODY)))
                .isEmpty();
    }
}
