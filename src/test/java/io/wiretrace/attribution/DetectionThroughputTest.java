package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import io.wiretrace.extract.NoArticleFound;
import io.wiretrace.extract.TextHints;
import io.wiretrace.outlet.Domains;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small throughput figure for the README: detection only (pages extracted once beforehand), single thread, over the
 * labelled corpus pages. Not a benchmark: a short warm-up, then a few passes.
 */
class DetectionThroughputTest {

    @Test
    void printsArticlesPerSecond() {
        List<ExtractedArticle> articles = new ArrayList<>();
        JsoupArticleExtractor extractor = new JsoupArticleExtractor();
        for (CorpusLabels.Page page : CorpusLabels.load(CorpusLabels.root())) {
            if (!Files.isRegularFile(page.file())) {
                continue;
            }
            String content = CorpusLabels.read(page.file());
            try {
                articles.add("text".equals(page.format())
                        ? extractor.fromText(content, new TextHints(null,
                                page.outlet() != null ? page.outlet() : Domains.registrableDomain(page.url()), null, null))
                        : extractor.fromHtml(content, page.url()));
            } catch (NoArticleFound e) {
                // pages without a body are not part of the figure
            }
        }
        assertThat(articles).isNotEmpty();
        AttributionDetector detector = Detection.DETECTOR;
        for (int i = 0; i < 3; i++) {
            articles.forEach(detector::detect); // warm-up
        }
        int passes = 5;
        long chars = articles.stream().mapToLong(a -> a.bodyText().length()).sum();
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int found = 0;
        for (int i = 0; i < passes; i++) {
            for (ExtractedArticle a : articles) {
                found += detector.detect(a).size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        int detections = passes * articles.size();
        // CPU time is the steadier figure on a shared machine; wall time is what a caller sees
        System.out.printf("detection throughput: %.0f articles/s per core by CPU time, %.0f articles/s wall "
                + "(%d articles, mean body %d chars, %d passes, 1 thread, %d findings)%n", detections / cpuSeconds,
                detections / seconds, articles.size(), chars / articles.size(), passes, found);
        assertThat(found).isPositive();
    }
}
