package io.wiretrace.extract;

import io.wiretrace.support.SharedCorpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Body quality on the 76 Readability pages of the shared corpus: token precision/recall/F1 of {@code bodyText}
 * against the text of Readability's {@code expected.html}. Prints a per-page table and fails under the floors.
 */
class ReadabilityCorpusBodyTest {

    private static final double MEAN_F1_FLOOR = 0.95;
    private static final double MEAN_RECALL_FLOOR = 0.93;
    private static final double MEAN_PRECISION_FLOOR = 0.96;

    private final ArticleExtractor extractor = new JsoupArticleExtractor();

    @Test
    void bodyTextMatchesReadabilityReference() throws IOException {
        Path dir = SharedCorpus.root().resolve("readability");
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> Files.exists(p.resolve("source.html")) && Files.exists(p.resolve("expected.html")))
                    .sorted().toList();
        }
        assertThat(pages).isNotEmpty();
        List<TokenOverlap> scores = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-32s %6s %6s %6s%n", "page", "P", "R", "F1"));
        for (Path page : pages) {
            String html = Files.readString(page.resolve("source.html"), StandardCharsets.UTF_8);
            String reference = Jsoup.parse(Files.readString(page.resolve("expected.html"), StandardCharsets.UTF_8))
                    .text();
            String body;
            try {
                body = extractor.fromHtml(html, null).bodyText();
            } catch (NoArticleFound e) {
                body = "";
            }
            TokenOverlap o = TokenOverlap.of(body, reference);
            scores.add(o);
            table.append(String.format("%-32s %6.3f %6.3f %6.3f%n", page.getFileName(), o.precision(), o.recall(),
                    o.f1()));
        }
        double p = scores.stream().mapToDouble(TokenOverlap::precision).average().orElse(0);
        double r = scores.stream().mapToDouble(TokenOverlap::recall).average().orElse(0);
        double f = scores.stream().mapToDouble(TokenOverlap::f1).average().orElse(0);
        table.append(String.format("%-32s %6.3f %6.3f %6.3f  (%d pages)%n", "MEAN", p, r, f, scores.size()));
        System.out.println(table);
        assertThat(f).as("mean F1").isGreaterThanOrEqualTo(MEAN_F1_FLOOR);
        assertThat(r).as("mean recall").isGreaterThanOrEqualTo(MEAN_RECALL_FLOOR);
        assertThat(p).as("mean precision").isGreaterThanOrEqualTo(MEAN_PRECISION_FLOOR);
    }
}
