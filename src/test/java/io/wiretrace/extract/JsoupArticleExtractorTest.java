package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Extraction on small synthetic pages written for these tests (src/test/resources/extract). */
class JsoupArticleExtractorTest {

    private static final String URL = "https://www.coastal.example.com/news/2024/lighthouse-vote?ref=home";

    private final ArticleExtractor extractor = new JsoupArticleExtractor();

    static String fixture(String name) throws IOException {
        try (InputStream in = JsoupArticleExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void removesBoilerplateAndKeepsArticleParagraphs() throws IOException {
        ExtractedArticle a = extractor.fromHtml(fixture("wire-story.html"), URL);

        assertThat(a.bodyText())
                .startsWith("PORTHAVEN (Wire Service) - Residents of the small harbour town")
                .contains("\n\nA long campaign\n\n")
                .contains("\n\nConstruction starts in April.\n\nThe light will be switched on again")
                .doesNotContain("cookies", "Sport", "Share", "Storm damages", "newsletter", "I remember the old light",
                        "All rights reserved", "Mara Lindqvist");
    }

    @Test
    void keepsAgencySignOffButDropsPhotoCaption() throws IOException {
        ExtractedArticle a = extractor.fromHtml(fixture("wire-story.html"), URL);

        assertThat(a.bodyText()).endsWith("officials said.\n\n— Wire Service");
        assertThat(a.bodyText()).doesNotContain("The lighthouse at dawn", "Pictures Agency");
    }

    /**
     * A picture with its credit or caption set in one small element right after it, in a paragraph of its own, is
     * not story text ("Reuters" there would read as the story's sign-off); a paragraph that goes on after an inline
     * picture and a bold lead-in is.
     */
    @Test
    void dropsACreditSetRightAfterItsPictureButKeepsParagraphsOpeningWithOne() {
        String story = "<p>The harbour board of Valmere approved on Monday a plan to dredge the northern channel, which "
                + "has silted up over the past decade and keeps the largest ships waiting for the tide.</p>"
                + "<p>Work is to start in the spring and last eighteen months, the board said, at a cost the port "
                + "will share with the regional government and the city.</p>";
        String[] credits = {"<p><img src=\"/img/ferry.jpg\" alt=\"Ferry\"><small>Reuters</small></p>",
            "<p><a href=\"/img/big.jpg\"><img src=\"/img/ferry.jpg\"></a> <em>The ferry at dawn (AFP)</em></p>",
            "<div><img src=\"/img/ferry.jpg\"><span class=\"credit\">Jane Roe/AP</span></div>"};
        for (String credit : credits) {
            String body = extractor.fromHtml(page(story + credit), URL).bodyText();
            assertThat(body).as(credit).contains("regional government").doesNotContain("Reuters", "AFP", "AP");
        }
        String kept = "<p><img src=\"/img/flag.png\"><strong>Update:</strong> The board later said the work could "
                + "begin in February.</p><p><img src=\"/img/dot.png\"><em>Valmere</em> is the region's port.</p>";
        assertThat(extractor.fromHtml(page(story + kept), URL).bodyText())
                .contains("Update: The board later said", "Valmere is the region's port.");
    }

    private static String page(String article) {
        return "<html lang=\"en\"><head><title>Channel</title></head><body><article><h1>Channel</h1>"
                + "<p class=\"byline\">By Jane Roe</p>" + article + "</article></body></html>";
    }

    @Test
    void readsMetadataWithoutSiteSuffix() throws IOException {
        ExtractedArticle a = extractor.fromHtml(fixture("wire-story.html"), URL);

        assertThat(a.title()).isEqualTo("Harbour town votes to rebuild its old lighthouse");
        assertThat(a.siteName()).isEqualTo("The Coastal Courier");
        assertThat(a.siteDomain()).isEqualTo("coastal.example.com");
        assertThat(a.canonicalUrl()).isEqualTo("https://www.coastal.example.com/news/2024/lighthouse-vote");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.description()).isEqualTo("Residents backed the plan by a wide margin.");
        assertThat(a.authors()).containsExactly("Mara Lindqvist");
        assertThat(a.byline()).isEqualTo("By Mara Lindqvist, Wire Service");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-03-05T09:30:00+01:00"));
        assertThat(a.modifiedAt()).isEqualTo(OffsetDateTime.parse("2024-03-05T11:00:00+01:00"));
    }

    @Test
    void readsJsonLdGraphWithReferences() throws IOException {
        JsonLdFacts ld = extractor.fromHtml(fixture("wire-story.html"), URL).jsonLd();

        assertThat(ld.type()).isEqualTo("NewsArticle");
        assertThat(ld.headline()).isEqualTo("Harbour town votes to rebuild its old lighthouse");
        assertThat(ld.publisherName()).isEqualTo("The Coastal Courier");
        assertThat(ld.publisherUrl()).isEqualTo("https://coastal.example.com/");
        assertThat(ld.authors()).containsExactly("Mara Lindqvist", "Wire Service");
        assertThat(ld.isBasedOn()).containsExactly("https://wire.example.org/stories/lighthouse");
        assertThat(ld.sourceOrganizations()).containsExactly("Wire Service");
        assertThat(ld.dateline()).isEqualTo("PORTHAVEN");
        assertThat(ld.datePublished()).isEqualTo("2024-03-05T09:30:00+01:00");
    }

    @Test
    void reportsMarkupSignalsWithEvidence() throws IOException {
        ExtractedArticle a = extractor.fromHtml(fixture("wire-story.html"), URL);

        assertThat(a.markup()).contains(
                new MarkupSignal(MarkupSignal.Source.LINK, "canonical",
                        "https://www.coastal.example.com/news/2024/lighthouse-vote",
                        "<link rel=\"canonical\" href=\"/news/2024/lighthouse-vote\">"),
                new MarkupSignal(MarkupSignal.Source.META, "original-source",
                        "https://wire.example.org/stories/lighthouse",
                        "<meta name=\"original-source\" content=\"https://wire.example.org/stories/lighthouse\">"),
                new MarkupSignal(MarkupSignal.Source.JSONLD, "isBasedOn",
                        "https://wire.example.org/stories/lighthouse",
                        "\"isBasedOn\": \"https://wire.example.org/stories/lighthouse\""),
                new MarkupSignal(MarkupSignal.Source.JSONLD, "sourceOrganization", "Wire Service",
                        "\"sourceOrganization\": {\"@type\": \"NewsMediaOrganization\", \"name\": \"Wire Service\"}"));
    }

    @Test
    void locatesBodyLinksByOffset() throws IOException {
        ExtractedArticle a = extractor.fromHtml(fixture("wire-story.html"), URL);

        assertThat(a.links()).hasSize(1);
        OutboundLink link = a.links().get(0);
        assertThat(link.href()).isEqualTo("https://campaign.example.org/history");
        assertThat(link.text()).isEqualTo("published a history of the tower");
        assertThat(a.bodyText().substring(link.start(), link.end())).isEqualTo(link.text());
    }

    @Test
    void resolvesRelativeLinksAgainstThePageUrl() {
        String html = "<html><body><div class=\"article-body\"><p>The report, released on Monday by the statistics "
                + "office, is <a href=\"../data/report.pdf\">available online</a> with all the regional tables, "
                + "and the office said that a second edition would follow in the autumn.</p></div></body></html>";

        ExtractedArticle a = extractor.fromHtml(html, "https://news.example.com/economy/2024/story.html");

        assertThat(a.links()).extracting(OutboundLink::href)
                .containsExactly("https://news.example.com/economy/data/report.pdf");
        assertThat(a.siteDomain()).isEqualTo("news.example.com");
    }

    @Test
    void toleratesMalformedJsonLd() throws IOException {
        ExtractedArticle a = extractor.fromHtml(fixture("malformed-jsonld.html"), null);

        assertThat(a.jsonLd().type()).isEqualTo("ReportageNewsArticle");
        assertThat(a.jsonLd().authors()).containsExactly("Tomas Ekdahl");
        assertThat(a.jsonLd().isBasedOn()).containsExactly("https://gazette.example.org/bakery");
        assertThat(a.jsonLd().copyrightHolder()).isEqualTo("Regional Gazette");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-11-02T08:15Z"));
        assertThat(a.title()).isEqualTo("Bakery wins regional prize");
        assertThat(a.markup()).extracting(MarkupSignal::name).contains("isBasedOn", "copyrightHolder");
    }

    @Test
    void textDoesNotDependOnHowCharactersAreEncoded() {
        String entities = "<html><body><article><p>Caf&eacute; owners in M&uuml;nchen said &ldquo;prices&rdquo; "
                + "rose by 5&nbsp;% this year &mdash; more than expected, according to the chamber of commerce.</p>"
                + "</article></body></html>";
        String literal = "<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>Café owners in "
                + "München said “prices” rose by 5\u00a0% this year — more than expected, according to the "
                + "chamber of commerce.</p></article></body></html>";

        String a = extractor.fromHtml(entities, null).bodyText();
        String b = extractor.fromHtml(literal, null).bodyText();

        assertThat(a).isEqualTo(b).startsWith("Café owners in München said “prices” rose by 5 %");
    }

    @Test
    void throwsWhenThePageHasNoText() {
        assertThatThrownBy(() -> extractor.fromHtml("<html><body><nav><a href=\"/\">Home</a></nav>"
                + "<script>var x = 1;</script></body></html>", null)).isInstanceOf(NoArticleFound.class);
        assertThatThrownBy(() -> extractor.fromHtml("  ", null)).isInstanceOf(NoArticleFound.class);
    }
}
