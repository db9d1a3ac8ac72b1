package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ArticleExtractor;
import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import io.wiretrace.extract.NoArticleFound;
import io.wiretrace.extract.TextHints;
import io.wiretrace.outlet.Domains;
import io.wiretrace.outlet.OutletRegistry;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of extraction + detection against the shared corpus labels, per kind and overall. A found
 * attribution is a true positive when it matches an expected label, neutral when it matches only an allowed one, and
 * a false positive otherwise; an expected label is recalled when any found attribution matches it.
 */
class CorpusAccuracyTest {

    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.90;

    private final OutletRegistry registry = OutletRegistry.fromClasspath();
    private final AttributionDetector detector = new AttributionDetector(registry);
    private final ArticleExtractor extractor = new JsoupArticleExtractor();
    private final LabelMatcher matcher = new LabelMatcher(registry);

    @Test
    void meetsPrecisionAndRecallOnTheLabelledCorpus() {
        List<CorpusLabels.Page> pages = CorpusLabels.load(CorpusLabels.root());
        AccuracyTally tally = new AccuracyTally(matcher);
        List<String> nobody = new ArrayList<>();
        int skipped = 0;
        for (CorpusLabels.Page page : pages) {
            if (!Files.isRegularFile(page.file())) {
                System.out.println("skipping " + page.id() + ": " + page.file() + " is absent");
                skipped++;
                continue;
            }
            List<Attribution> found;
            try {
                found = detector.detect(extract(page));
            } catch (NoArticleFound e) {
                nobody.add("NOBODY " + page.id() + ": extractor found no article (" + e.getMessage() + ")");
                found = List.of();
            }
            if (Boolean.getBoolean("wiretrace.verbose")) {
                found.forEach(a -> System.out.println("     " + page.id() + ": " + describe(a)));
            }
            tally.score(page, found);
        }
        nobody.forEach(System.out::println);
        tally.misses().forEach(System.out::println);
        tally.printTable("labels.json");
        System.out.println("pages scored: " + (pages.size() - skipped) + ", skipped: " + skipped);
        assertThat(tally.precision()).as("overall precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(tally.recall()).as("overall recall").isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void bothSeedsComeOutRight() {
        List<CorpusLabels.Page> pages = CorpusLabels.load(CorpusLabels.root());
        CorpusLabels.Page ndtv = pages.stream().filter(p -> p.id().equals("seed-ndtv")).findFirst().orElseThrow();
        CorpusLabels.Page farm = pages.stream().filter(p -> p.id().equals("seed-nigeriapulse")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(ndtv.file()) && Files.isRegularFile(farm.file()),
                "seed texts absent; skipping");

        List<Attribution> fromNdtv = detector.detect(extract(ndtv));
        assertThat(fromNdtv).extracting(a -> a.kind().wireName() + ":" + a.target().key())
                .containsExactlyInAnyOrder("syndicated_feed_disclaimer:null", "wire_credit:afp");
        assertThat(fromNdtv).filteredOn(a -> a.kind() == AttributionKind.SYNDICATED_FEED_DISCLAIMER).singleElement()
                .satisfies(a -> assertThat(a.evidence().text()).contains("not been edited by NDTV staff"));

        List<Attribution> fromFarm = detector.detect(extract(farm));
        assertThat(fromFarm).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AttributionKind.ORIGINAL_SOURCE);
            assertThat(a.target().key()).isEqualTo("france24");
            assertThat(a.evidence().text()).isEqualTo("Original Source: www.france24.com");
        });
    }

    private ExtractedArticle extract(CorpusLabels.Page page) {
        String content = CorpusLabels.read(page.file());
        if ("text".equals(page.format())) {
            String outlet = page.outlet() != null ? page.outlet() : Domains.registrableDomain(page.url());
            return extractor.fromText(content, new TextHints(null, outlet, null, null));
        }
        return extractor.fromHtml(content, page.url());
    }

    static String describe(Attribution a) {
        return a.kind().wireName() + " " + a.target().name() + " [" + a.target().key() + "/" + a.target().domain()
                + "] " + a.rule() + " @" + a.evidence().location() + " <" + a.evidence().text() + ">";
    }
}
