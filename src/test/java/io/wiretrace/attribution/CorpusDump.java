package io.wiretrace.attribution;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import io.wiretrace.extract.TextHints;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Developer aid: prints what extraction gives the detector for the pages named in -Dwiretrace.dump=id,id. */
class CorpusDump {

    @Test
    void dump() {
        String ids = System.getProperty("wiretrace.dump");
        Assumptions.assumeTrue(ids != null, "set -Dwiretrace.dump=page-id,... to print pages");
        for (CorpusLabels.Page page : CorpusLabels.load(CorpusLabels.root())) {
            if (!List.of(ids.split(",")).contains(page.id())) {
                continue;
            }
            String content = CorpusLabels.read(page.file());
            ExtractedArticle a = "text".equals(page.format())
                    ? new JsoupArticleExtractor().fromText(content, new TextHints(null, page.outlet(), null, null))
                    : new JsoupArticleExtractor().fromHtml(content, page.url());
            System.out.println("=== " + page.id() + " site=" + a.siteName() + " domain=" + a.siteDomain()
                    + " canonical=" + a.canonicalUrl());
            System.out.println("byline=" + a.byline() + " authors=" + a.authors() + " jsonld=" + a.jsonLd());
            a.markup().forEach(m -> System.out.println("markup " + m));
            String[] lines = a.bodyText().split("\n+");
            for (int i = 0; i < lines.length; i++) {
                if (i < 10 || i >= lines.length - 12) {
                    System.out.println(i + ": " + lines[i].substring(0, Math.min(200, lines[i].length())));
                }
            }
        }
    }
}
