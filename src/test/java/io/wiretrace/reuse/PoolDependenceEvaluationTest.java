package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped dependence model on a second domain it was never trained on: pairs of the pool's L3S-GN1 Google News
 * pages of 2008 (agency copy and outlet stories on the same events), labelled by reading both pages
 * ({@code src/test/resources/labels/pool-dependence.json}, split into dev and test halves by event). Judged as the
 * service judges a comparison with a known source: formulas and common facts learned from a store of all the pool's
 * L3S pages, blanked, the source given as the earlier text. Skipped when the pool is absent.
 */
class PoolDependenceEvaluationTest {

    /** One labelled pair with its features (later against source, formulas blanked) and the shipped verdict. */
    record Labelled(String half, String event, String source, String later, DependenceLevel expected,
            double[] features, DependenceLevel judged) {
    }

    private static List<Labelled> pairs;

    /** Every labelled pair judged, once per run (skips the calling test when the pool is absent). */
    static synchronized List<Labelled> judged() throws IOException {
        if (pairs == null) {
            pairs = judgeEveryLabelledPair();
        }
        return pairs;
    }

    private static List<Labelled> judgeEveryLabelledPair() throws IOException {
        Map<String, PoolPages.Page> pages = PoolPages.of(Set.of("l3s-gn1"));
        PoolStore store = new PoolStore(pages.values().stream().map(PoolPages.Page::body).toList());
        DependenceJudge judge = new DependenceJudge(DependenceModel.DEFAULT);
        List<Labelled> out = new ArrayList<>();
        for (JsonNode n : labels()) {
            String source = n.get("source").asText();
            String later = n.get("later").asText();
            assertThat(pages).as("labelled pages have a body").containsKeys(source, later);
            String s = pages.get(source).body();
            String l = pages.get(later).body();
            Formulas f = store.formulas(s, l);
            String bs = f.blank(s);
            String bl = f.blank(l);
            Dependence d = judge.judge(source, bs, later, bl, source);
            out.add(new Labelled(n.get("half").asText(), n.get("event").asText(), source, later,
                    DependenceLevel.valueOf(n.get("label").asText().toUpperCase(Locale.ROOT)), judge.features(bl, bs).vector(), d.level()));
        }
        return out;
    }

    @Test
    void devHalf() throws IOException {
        int[][] cm = report("dev", shipped("dev"));
        // floors just under the figures measured on 2026-12-06 with the derived threshold 0.70 (0.942 / 0.955; with
        // 0.60 they were 0.727 / 0.682; README, "Dependence")
        assertThat(DependenceEvaluationTest.macroF1(cm)).isGreaterThanOrEqualTo(0.93);
        assertThat(DependenceEvaluationTest.binaryAccuracy(cm)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void testHalf() throws IOException {
        int[][] cm = report("test", shipped("test"));
        // floors just under the figures measured on 2026-12-06 with the derived threshold 0.70 (0.947 / 0.944; with
        // 0.60 they were 0.774 / 0.722; README, "Dependence")
        assertThat(DependenceEvaluationTest.macroF1(cm)).isGreaterThanOrEqualTo(0.94);
        assertThat(DependenceEvaluationTest.binaryAccuracy(cm)).isGreaterThanOrEqualTo(0.94);
    }

    private static int[][] shipped(String half) throws IOException {
        List<Labelled> h = half(half);
        return DependenceEvaluationTest.confusion(h.stream().mapToInt(p -> p.expected().ordinal()).toArray(),
                h.stream().mapToInt(p -> p.judged().ordinal()).toArray());
    }

    static List<Labelled> half(String half) throws IOException {
        return judged().stream().filter(p -> p.half().equals(half)).toList();
    }

    private static int[][] report(String half, int[][] cm) throws IOException {
        System.out.printf(Locale.ROOT, "pool dependence, %s half (%d pairs, %d events): macro-F1 %.3f, binary accuracy "
                + "%.3f, confusion (rows true wholly, partially, independent) %s%n", half, half(half).size(),
                half(half).stream().map(Labelled::event).collect(Collectors.toSet()).size(),
                DependenceEvaluationTest.macroF1(cm), DependenceEvaluationTest.binaryAccuracy(cm), Arrays.deepToString(cm));
        return cm;
    }

    private static JsonNode labels() throws IOException {
        try (InputStream in = PoolDependenceEvaluationTest.class.getResourceAsStream("/labels/pool-dependence.json")) {
            return new ObjectMapper().readTree(in).get("pairs");
        }
    }
}
