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
import java.util.Map;
import java.util.TreeMap;
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
        Map<String, int[]> perKind = new TreeMap<>(); // kind -> {tp found, fp found, expected, recalled}
        List<String> misses = new ArrayList<>();
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
                misses.add("NOBODY " + page.id() + ": extractor found no article (" + e.getMessage() + ")");
                found = List.of();
            }
            if (Boolean.getBoolean("wiretrace.verbose")) {
                found.forEach(a -> System.out.println("     " + page.id() + ": " + describe(a)));
            }
            score(page, found, perKind, misses);
        }
        misses.forEach(System.out::println);
        int[] total = new int[4];
        System.out.printf("%-28s %5s %5s %9s %8s %7s%n", "kind", "TP", "FP", "precision", "expected", "recall");
        perKind.forEach((kind, c) -> {
            print(kind, c);
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        });
        print("OVERALL", total);
        System.out.println("pages scored: " + (pages.size() - skipped) + ", skipped: " + skipped);
        assertThat(precision(total)).as("overall precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(recall(total)).as("overall recall").isGreaterThanOrEqualTo(MIN_RECALL);
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

    private void score(CorpusLabels.Page page, List<Attribution> found, Map<String, int[]> perKind, List<String> log) {
        for (Attribution a : found) {
            int[] c = perKind.computeIfAbsent(a.kind().wireName(), k -> new int[4]);
            boolean expected = page.expected().stream().anyMatch(l -> matcher.matches(l, a));
            boolean allowed = page.allowed().stream().anyMatch(l -> matcher.matches(l, a));
            if (expected) {
                c[0]++;
            } else if (!allowed) {
                c[1]++;
                log.add("FP   " + page.id() + ": " + describe(a));
            }
        }
        for (CorpusLabels.Label label : page.expected()) {
            int[] c = perKind.computeIfAbsent(label.kinds().get(0), k -> new int[4]);
            c[2]++;
            if (found.stream().anyMatch(a -> matcher.matches(label, a))) {
                c[3]++;
            } else {
                log.add("MISS " + page.id() + ": " + label.kinds() + " " + label.target() + " <" + label.evidence() + ">");
            }
        }
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

    private static void print(String kind, int[] c) {
        System.out.printf("%-28s %5d %5d %9s %8d %7s%n", kind, c[0], c[1], ratio(c[0], c[0] + c[1]), c[2],
                ratio(c[3], c[2]));
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "-" : String.format("%.3f", (double) a / b);
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[2] == 0 ? 1.0 : (double) c[3] / c[2];
    }
}
