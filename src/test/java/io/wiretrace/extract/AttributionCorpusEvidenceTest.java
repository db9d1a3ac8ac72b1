package io.wiretrace.extract;

import io.wiretrace.support.SharedCorpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The attribution-labelled corpus pages: the evidence a detector needs must survive extraction. Text evidence
 * (datelines, sign-offs, source and republication notices) must be in {@code bodyText} or the byline; markup
 * evidence (canonical links, metas, JSON-LD properties) must be among the markup signals.
 */
class AttributionCorpusEvidenceTest {

    private static final double TEXT_FLOOR = 0.90;
    private static final double MARKUP_FLOOR = 0.85;

    private final ArticleExtractor extractor = new JsoupArticleExtractor();

    @Test
    @SuppressWarnings("unchecked")
    void labelledEvidenceSurvivesExtraction() throws IOException {
        Path root = SharedCorpus.root();
        Map<String, Object> labels = (Map<String, Object>) TolerantJson.parseAll(
                Files.readString(root.resolve("labels.json"), StandardCharsets.UTF_8)).get(0);
        Map<String, Object> pages = (Map<String, Object>) labels.get("pages");
        int text = 0;
        int textFound = 0;
        int markup = 0;
        int markupFound = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, Object> entry : pages.entrySet()) {
            Map<String, Object> page = (Map<String, Object>) entry.getValue();
            Path file = root.resolve((String) page.get("file"));
            if (!"html".equals(page.get("format")) || !Files.exists(file)) {
                continue;
            }
            ExtractedArticle a = extractor.fromHtml(PageText.read(file), (String) page.get("url"));
            String haystack = normalise(a.bodyText() + "\n" + a.byline());
            for (Object o : (List<Object>) page.getOrDefault("expected", List.of())) {
                String evidence = (String) ((Map<String, Object>) o).get("evidence");
                if (evidence == null) {
                    continue;
                }
                if (evidence.startsWith("<") || evidence.startsWith("\"")) {
                    markup++;
                    boolean found = a.markup().stream().anyMatch(m -> normalise(m.evidence()).equals(normalise(evidence))
                            || normalise(evidence).contains(normalise(m.value())));
                    markupFound += found ? 1 : 0;
                    if (!found) {
                        misses.add(entry.getKey() + " markup: " + evidence);
                    }
                } else {
                    text++;
                    boolean found = haystack.contains(normalise(evidence));
                    textFound += found ? 1 : 0;
                    if (!found) {
                        misses.add(entry.getKey() + " text: " + evidence);
                    }
                }
            }
        }
        System.out.printf("text evidence kept: %d/%d, markup evidence found: %d/%d%n", textFound, text, markupFound,
                markup);
        misses.forEach(m -> System.out.println("  missing " + m));
        assertThat(text).isPositive();
        assertThat((double) textFound / text).as("text evidence kept").isGreaterThanOrEqualTo(TEXT_FLOOR);
        assertThat((double) markupFound / markup).as("markup evidence found").isGreaterThanOrEqualTo(MARKUP_FLOOR);
    }

    private static String normalise(String s) {
        // labels quote page text with a space before punctuation that closes an inline link ("The Atlantic .")
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").replaceAll(" ([.,;:!?])", "$1").trim();
    }
}
