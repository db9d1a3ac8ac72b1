package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ArticleExtractor;
import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import io.wiretrace.extract.NoArticleFound;
import io.wiretrace.extract.TextMeasure;
import io.wiretrace.outlet.OutletRegistry;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Attribution accuracy on the pool labels (src/test/resources/labels, pages read in place from
 * {@code ../shared/corpus/pool}): the development half, on which rules are worked (misses printed), and the test half,
 * never looked at page by page: its test prints figures only. Also counts labelled articles the extractor refuses
 * (the 422 "no article" of the API). Each half fails below its floors.
 */
class PoolAccuracyTest {

    /**
     * Floors just under the figures measured on 2026-12-07, branch attr16old (dev 1.000 / 0.951, test 0.969 / 0.762;
     * README): a regression guard, below the aim of issue 15 (precision 0.97, recall 0.92 on the test half), which is
     * not met.
     */
    private static final double DEV_MIN_PRECISION = 0.99;
    private static final double DEV_MIN_RECALL = 0.95;
    private static final double TEST_MIN_PRECISION = 0.96;
    private static final double TEST_MIN_RECALL = 0.75;
    /** A page refused as "no article" where the labeller read one (the words minimum of ArticleReceiver). */
    private static final int MIN_WORDS = 20;

    private final OutletRegistry registry = OutletRegistry.fromClasspath();
    private final AttributionDetector detector = new AttributionDetector(registry);
    private final ArticleExtractor extractor = new JsoupArticleExtractor();

    @Test
    void developmentHalf() {
        Run run = run("pool-dev.json");
        run.tally().misses().forEach(System.out::println);
        run.refused().forEach(id -> System.out.println("NOBODY " + id));
        run.tally().printTable("pool development half: " + run.pages() + " pages");
        run.tally().printLanguageTable();
        System.out.println("labelled articles refused as no article: " + run.refused().size());
        assertThat(run.tally().precision()).as("dev precision").isGreaterThanOrEqualTo(DEV_MIN_PRECISION);
        assertThat(run.tally().recall()).as("dev recall").isGreaterThanOrEqualTo(DEV_MIN_RECALL);
    }

    /** Figures only: which pages it missed is never printed, so rules are not fitted to this half. */
    @Test
    void testHalf() {
        Run run = run("pool-test.json");
        run.tally().printTable("pool test half: " + run.pages() + " pages");
        run.tally().printLanguageTable();
        System.out.println("labelled articles refused as no article: " + run.refused().size());
        assertThat(run.tally().precision()).as("test precision").isGreaterThanOrEqualTo(TEST_MIN_PRECISION);
        assertThat(run.tally().recall()).as("test recall").isGreaterThanOrEqualTo(TEST_MIN_RECALL);
    }

    private record Run(AccuracyTally tally, int pages, List<String> refused) {
    }

    private Run run(String labelsFile) {
        Path root = CorpusLabels.root();
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("pool")), "pool pages absent; skipping");
        List<CorpusLabels.Page> pages = CorpusLabels.load(labels(labelsFile), root);
        AccuracyTally tally = new AccuracyTally(new LabelMatcher(registry));
        List<String> refused = new ArrayList<>();
        int scored = 0;
        for (CorpusLabels.Page page : pages) {
            if (!Files.isRegularFile(page.file())) {
                continue;
            }
            scored++;
            List<Attribution> found = List.of();
            try {
                ExtractedArticle x = extractor.fromHtml(CorpusLabels.read(page.file()), page.url());
                if (page.article() && words(x.bodyText()) < MIN_WORDS) {
                    refused.add(page.id());
                }
                found = detector.detect(x);
            } catch (NoArticleFound e) {
                if (page.article()) {
                    refused.add(page.id());
                }
            }
            tally.score(page, found);
        }
        return new Run(tally, scored, refused);
    }

    private static int words(String text) {
        return TextMeasure.words(text);
    }

    private static Path labels(String name) {
        try {
            return Path.of(PoolAccuracyTest.class.getResource("/labels/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
