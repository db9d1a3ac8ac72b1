package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wiretrace.extract.ExtractedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Precision of reuse matching on real pages: the pool's 514 L3S-GN1 Google News pages of 2008 ingested together as the
 * service would (same extractor, fingerprints and candidate policy, formulas and common facts learned from all of
 * them, the service's comparer), every derivation match and {@code same_story} pair that comes out checked against the
 * labels we made by reading both pages ({@code src/test/resources/labels/l3s-reuse-pairs.json}). The pairs found are
 * written to {@code target/l3s-reuse-pairs-found.json}; a pair found without a label fails the test, so new pairs get
 * read and labelled.
 */
class PoolReusePrecisionTest {

    private static final CandidatePolicy POLICY = new CandidatePolicy(1, 2, 3, 1_000, 20);

    @Test
    void everyDerivationAndSameStoryPairIsLabelledAndPrecise() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, ExtractedArticle> pages = new TreeMap<>();
        Map<String, String> urls = new HashMap<>();
        PoolPages.of(Set.of("l3s-gn1")).forEach((id, p) -> {
            pages.put(id, p.article());
            urls.put(id, p.url());
        });
        Fingerprinter fingerprinter = new Fingerprinter();
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        Map<String, Fingerprint> prints = new HashMap<>();
        pages.forEach((id, x) -> {
            Fingerprint f = fingerprinter.fingerprint(x.bodyText());
            prints.put(id, f);
            index.add(id, f);
        });
        PoolStore store = new PoolStore(pages.values().stream().map(ExtractedArticle::bodyText).toList());
        PairComparer comparer = PairComparer.lexical();
        Map<String, ReuseMatch> found = new TreeMap<>();
        for (String id : pages.keySet()) {
            for (Candidate c : index.candidates(prints.get(id), POLICY)) {
                String other = c.articleId();
                String a = id.compareTo(other) < 0 ? id : other;
                String b = id.compareTo(other) < 0 ? other : id;
                if (other.equals(id) || found.containsKey(a + " " + b)) {
                    continue;
                }
                String ta = pages.get(a).bodyText();
                String tb = pages.get(b).bodyText();
                ReuseMatch m = comparer.compare(text(a, pages.get(a)), text(b, pages.get(b)), store.formulas(ta, tb));
                if (m.reuseClass() != ReuseClass.NONE) {
                    found.put(a + " " + b, m);
                }
            }
        }
        ArrayNode out = json.createArrayNode();
        found.forEach((k, m) -> {
            ObjectNode o = out.addObject();
            o.put("a", m.aId()).put("b", m.bId()).put("class", m.reuseClass().code())
                    .put("dependence", m.dependence().level().code()).put("why", String.join(" / ", m.dependence().reasons())).put("reason", m.reason())
                    .put("titleA", pages.get(m.aId()).title()).put("titleB", pages.get(m.bId()).title())
                    .put("urlA", urls.get(m.aId())).put("urlB", urls.get(m.bId()))
                    .put("startA", head(pages.get(m.aId()).bodyText())).put("startB", head(pages.get(m.bId()).bodyText()));
            ArrayNode passages = o.putArray("passages");
            m.passages().stream().limit(3).forEach(x -> passages.add(pages.get(m.aId()).bodyText()
                    .substring(x.aStart(), x.aEnd())));
        });
        Files.createDirectories(Path.of("target"));
        json.writerWithDefaultPrettyPrinter().writeValue(Path.of("target/l3s-reuse-pairs-found.json").toFile(), out);

        Map<String, Boolean> labels = labels(json);
        Map<ReuseClass, int[]> perClass = new LinkedHashMap<>();
        List<String> unlabelled = new ArrayList<>();
        found.forEach((k, m) -> {
            Boolean right = labels.get(m.aId() + " " + m.bId() + " " + m.reuseClass().code());
            if (right == null) {
                unlabelled.add(k + " " + m.reuseClass().code());
                return;
            }
            int[] c = perClass.computeIfAbsent(m.reuseClass(), x -> new int[2]);
            c[right ? 0 : 1]++;
        });
        System.out.printf(Locale.ROOT, "l3s-gn1: %d pages with a body, %d pairs found%n", pages.size(), found.size());
        perClass.forEach((c, n) -> System.out.printf(Locale.ROOT, "  %s: %d right, %d wrong, precision %.3f%n",
                c.code(), n[0], n[1], (double) n[0] / (n[0] + n[1])));
        assertThat(unlabelled).as("pairs found that nobody has read and labelled yet").isEmpty();
        // The issue requires 0.95 for every derivation class and 0.80 for same_story. Measured 2026-12-06 (README): all met
        // (no rewrite comes out of these pages: none of them rewrites another).
        Map<ReuseClass, Double> floors = Map.of(ReuseClass.DUPLICATE, 0.95, ReuseClass.SUBSTANTIAL_REUSE, 0.95,
                ReuseClass.PARTIAL_REUSE, 0.95, ReuseClass.REWRITE, 0.95, ReuseClass.SAME_STORY, 0.80);
        perClass.forEach((c, n) -> assertThat((double) n[0] / (n[0] + n[1])).as(c.code())
                .isGreaterThanOrEqualTo(floors.getOrDefault(c, 0.0)));
    }

    private static String head(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600);
    }

    private static ReuseText text(String id, ExtractedArticle x) {
        return new ReuseText(id, x.bodyText(), x.publishedAt() == null ? null : x.publishedAt().toInstant(), null);
    }

    /** Labels: {"a", "b", "class", "right": true/false, "note"} per pair read. */
    private static Map<String, Boolean> labels(ObjectMapper json) throws IOException {
        Map<String, Boolean> out = new HashMap<>();
        try (InputStream in = PoolReusePrecisionTest.class.getResourceAsStream("/labels/l3s-reuse-pairs.json")) {
            if (in == null) {
                return out;
            }
            for (JsonNode n : json.readTree(in)) {
                out.put(n.get("a").asText() + " " + n.get("b").asText() + " " + n.get("class").asText(),
                        n.get("right").asBoolean());
            }
        }
        return out;
    }
}
