package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wiretrace.ingest.PageDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The same page gives the same article however often it is extracted. A page of the shared pool (read in place) with
 * candidate containers of equal score came out differently from one extraction to the next while scoring walked the
 * elements in identity-hash order; ties now go to the earlier element in the page.
 */
class ExtractionDeterminismTest {

    private static final String PAGE = "pool/pages/fundus-0023.html.gz"; // orf.at: equal scores in the story wrapper

    @Test
    void extractingAPageAgainGivesTheSameArticle() throws IOException {
        Path file = Path.of(System.getProperty("wiretrace.corpus", "../shared/corpus")).resolve(PAGE);
        assumeTrue(Files.isRegularFile(file), "shared corpus not found: " + file.toAbsolutePath());
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            bytes = in.readAllBytes();
        }
        String html = PageDecoder.decode(null, bytes);
        JsoupArticleExtractor extractor = new JsoupArticleExtractor();
        ExtractedArticle first = extractor.fromHtml(html, "https://orf.at/stories/3314356/");
        for (int i = 0; i < 5; i++) {
            assertThat(extractor.fromHtml(html, "https://orf.at/stories/3314356/")).isEqualTo(first);
        }
    }
}
