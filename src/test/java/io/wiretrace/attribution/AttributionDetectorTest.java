package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiretrace.extract.ExtractedArticle;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AttributionDetectorTest {

    private static final String SYNDICATED = String.join("\n\n",
            "BAGHDAD: The foreign minister of a neighbouring country made his first visit on Friday.",
            "Security forces arrested at least ten people, according to two officials who spoke to AFP on condition of anonymity.",
            "(Except for the headline, this story has not been edited by Example staff and is published from a syndicated feed.)");

    @Test
    void syndicatedAgencyCopyGivesTheDisclaimerAndTheAgency() {
        var found = Detection.summary(article().site("example-news.com").body(SYNDICATED.split("\n\n")));
        assertThat(found).containsExactlyInAnyOrder("syndicated_feed_disclaimer:syndicated feed", "wire_credit:afp");
    }

    @Test
    void contentFarmFooterGivesTheOriginalSource() {
        var page = article().site("farm.example").body("A rewritten story about the visit.", "Another paragraph.",
                "Original Source: www.france24.com", "Jane Roe", "Jane Roe is an esteemed journalist covering education.");
        assertThat(Detection.summary(page)).containsExactly("original_source:france24");
    }

    @Test
    void everyKindCanBeFoundInOneArticle() {
        var page = article().site("harbour.example").byline("By Jane Doe, Associated Press")
                .canonical("https://apnews.com/abc").meta("original-source", "https://apnews.com/abc")
                .isBasedOn("https://apnews.com/abc")
                .body("SPRINGFIELD (AP) — The city council met on Monday.", "Second paragraph.", "Via The Verge",
                        "This story was originally published by ProPublica.", "Source: Reuters",
                        "(This story has not been edited by Harbour staff and is auto-generated from a syndicated feed.)");
        assertThat(Detection.detect(page)).extracting(Attribution::kind).contains(AttributionKind.values());
    }

    @Test
    void duplicatesOfKindTargetAndEvidenceAreReportedOnce() {
        // the same credit in the byline and the author list, and twice as the last line
        var page = article().byline("Af Ritzau").authors("Ritzau").body("Text of the story goes here.", "EFE");
        List<Attribution> found = Detection.detect(page);
        assertThat(found).extracting(Detection::summary).containsExactlyInAnyOrder("wire_credit:ritzau", "wire_credit:efe");
    }

    @Test
    void selfReferencesAreDropped() {
        var page = article().site("efe.com").siteName("Agencia EFE").body("MADRID (EFE).- Texto.", "Fuente: EFE");
        assertThat(Detection.summary(page)).isEmpty();
    }

    @Test
    void anEmptyArticleHasNoAttributions() {
        assertThat(Detection.detect(article())).isEmpty();
        assertThat(Detection.detect(article().site(null))).isEmpty();
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> new AttributionDetector(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Detection.DETECTOR.detect(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void versionIsSet() {
        assertThat(AttributionDetector.VERSION).isNotBlank();
    }

    @Test
    void oneDetectorGivesTheSameAnswersFromManyThreads() throws Exception {
        ExtractedArticle a = article().body(SYNDICATED.split("\n\n")).build();
        ExtractedArticle b = article().byline("Par AFP").body("PARIS (AFP) - Texte.", "Suite.").build();
        List<Attribution> expectedA = Detection.DETECTOR.detect(a);
        List<Attribution> expectedB = Detection.DETECTOR.detect(b);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                ExtractedArticle input = i % 2 == 0 ? a : b;
                List<Attribution> expected = i % 2 == 0 ? expectedA : expectedB;
                results.add(pool.submit(() -> Detection.DETECTOR.detect(input).equals(expected)));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCreditedTitleIsTheOwnSiteWhenItsDomainLabelOpensOrEndsIt() {
        assertThat(AttributionDetector.sameTitle("Pittsburgh Post-Gazette", "post-gazette")).isTrue();
        assertThat(AttributionDetector.sameTitle("Tacoma News Tribune", "thenewstribune")).isTrue();
        assertThat(AttributionDetector.sameTitle("ABC News", "abc")).isTrue();
        assertThat(AttributionDetector.sameTitle("The Sun", "baltimoresun")).isTrue();
        // another paper, a short label, a domain
        assertThat(AttributionDetector.sameTitle("Harbour Times", "harbourdaily")).isFalse();
        assertThat(AttributionDetector.sameTitle("Valmere News Tribune", "news")).isFalse();
        assertThat(AttributionDetector.sameTitle("ntv.com", "n-tv")).isFalse();
    }
}
