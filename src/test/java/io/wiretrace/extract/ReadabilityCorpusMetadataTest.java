package io.wiretrace.extract;

import io.wiretrace.support.SharedCorpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Metadata on the Readability pages against {@code expected-metadata.json} (Readability's own output, so a
 * reference rather than truth): title, byline, site name, language and published time where given. Accuracy is
 * printed per field and must stay above its floor; misses are listed, and so are bylines found where the reference
 * has none (to be read by eye: the reference misses some true bylines).
 */
class ReadabilityCorpusMetadataTest {

    private static final Map<String, Double> FLOORS = Map.of("title", 0.90, "byline", 0.70, "siteName", 0.90,
            "lang", 0.95, "publishedTime", 0.95);

    private final ArticleExtractor extractor = new JsoupArticleExtractor();

    @Test
    @SuppressWarnings("unchecked")
    void metadataMatchesReadabilityReference() throws IOException {
        Path dir = SharedCorpus.root().resolve("readability");
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> Files.exists(p.resolve("expected-metadata.json"))).sorted().toList();
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        StringBuilder misses = new StringBuilder();
        StringBuilder extras = new StringBuilder();
        for (Path page : pages) {
            Map<String, Object> expected = (Map<String, Object>) TolerantJson.parseAll(
                    Files.readString(page.resolve("expected-metadata.json"), StandardCharsets.UTF_8)).get(0);
            ExtractedArticle a;
            try {
                a = extractor.fromHtml(Files.readString(page.resolve("source.html"), StandardCharsets.UTF_8), null);
            } catch (NoArticleFound e) {
                a = new ExtractedArticle(null, null, null, null, null, null, null, null, null, null, "", null, null,
                        null);
            }
            String name = page.getFileName().toString();
            check("title", expected, a.title(), ReadabilityCorpusMetadataTest::sameTitle, counts, misses, name);
            check("byline", expected, a.byline(), ReadabilityCorpusMetadataTest::sameByline, counts, misses, name);
            if (a.byline() != null && !(expected.get("byline") instanceof String want && !want.isBlank())) {
                extras.append(String.format("%-28s byline        got [%s], reference has none%n", name, a.byline()));
            }
            check("siteName", expected, a.siteName(), (x, y) -> key(x).equals(key(y)), counts, misses, name);
            check("lang", expected, a.language(), (x, y) -> x.equalsIgnoreCase(y), counts, misses, name);
            check("publishedTime", expected, a.publishedAt() == null ? null : a.publishedAt().toString(),
                    ReadabilityCorpusMetadataTest::sameTime, counts, misses, name);
        }
        System.out.println(misses);
        System.out.println(extras);
        counts.forEach((field, c) -> System.out.printf("%-14s %3d/%3d = %.3f%n", field, c[0], c[1],
                (double) c[0] / c[1]));
        counts.forEach((field, c) -> assertThat((double) c[0] / c[1]).as(field + " accuracy")
                .isGreaterThanOrEqualTo(FLOORS.get(field)));
    }

    private static void check(String field, Map<String, Object> expected, String actual,
            BiPredicate<String, String> same, Map<String, int[]> counts, StringBuilder misses, String page) {
        if (!(expected.get(field) instanceof String want) || want.isBlank()) {
            return;
        }
        int[] c = counts.computeIfAbsent(field, f -> new int[2]);
        c[1]++;
        if (actual != null && same.test(actual, want)) {
            c[0]++;
        } else {
            misses.append(String.format("%-28s %-13s got [%s] want [%s]%n", page, field, actual,
                    want.replaceAll("\\s+", " ")));
        }
    }

    /** Equal, or equal once the reference's site suffix ("Headline - Site") is removed: we strip it on purpose. */
    private static boolean sameTitle(String got, String want) {
        String g = key(got);
        String w = key(want);
        return g.equals(w) || (!g.isEmpty() && w.startsWith(g) && want.length() - got.length() < 60
                && want.substring(Math.min(want.length(), got.length())).trim().matches("^[|\\-–—:·»].*"));
    }

    /**
     * Equal without a leading "By" and with "and" lists written as comma lists, or one holds the other (the
     * reference joins several sources).
     */
    private static boolean sameByline(String got, String want) {
        String g = key(names(got));
        String w = key(names(want));
        return !g.isEmpty() && (g.equals(w) || w.contains(g) || g.contains(w));
    }

    private static String names(String byline) {
        return byline.replaceFirst("(?i)^\\s*(by|par|por|von)\\s+", "").replaceAll("\\s+(and|&|et|y|und)\\s+", ", ");
    }

    /** The same instant; a reference without offset is compared on its local date and time. */
    private static boolean sameTime(String got, String want) {
        OffsetDateTime g = DateParser.parse(got);
        OffsetDateTime w = DateParser.parse(want);
        if (g == null || w == null) {
            return false;
        }
        boolean wantHasOffset = want.matches(".*(Z|[+-]\\d{2}:?\\d{2})$");
        return wantHasOffset ? g.toInstant().equals(w.toInstant())
                : g.toLocalDateTime().withNano(0).equals(w.toLocalDateTime().withNano(0));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[‘’“”\"'`]", "").replaceAll("\\s+", " ").trim();
    }
}
