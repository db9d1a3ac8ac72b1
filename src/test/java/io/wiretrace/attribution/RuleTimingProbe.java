package io.wiretrace.attribution;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Developer aid (-Dwiretrace.timing=true): time spent per rule over the corpus pages. */
class RuleTimingProbe {

    @Test
    void timeRules() {
        Assumptions.assumeTrue(Boolean.getBoolean("wiretrace.timing"), "set -Dwiretrace.timing=true");
        List<ExtractedArticle> articles = new ArrayList<>();
        for (CorpusLabels.Page page : CorpusLabels.load(CorpusLabels.root())) {
            try {
                if ("html".equals(page.format())) {
                    articles.add(new JsoupArticleExtractor().fromHtml(CorpusLabels.read(page.file()), page.url()));
                }
            } catch (RuntimeException e) {
                // skip
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (Rule rule : AttributionDetector.RULES) {
                var bean = java.lang.management.ManagementFactory.getThreadMXBean();
                long start = bean.getCurrentThreadCpuTime();
                for (ExtractedArticle a : articles) {
                    rule.apply(new ArticleView(a, Detection.REGISTRY));
                }
                System.out.printf("%-28s %8.1f ms cpu%n", rule.getClass().getSimpleName(), (bean.getCurrentThreadCpuTime() - start) / 1e6);
            }
        }
    }
}
