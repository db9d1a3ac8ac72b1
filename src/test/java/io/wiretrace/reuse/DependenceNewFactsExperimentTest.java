package io.wiretrace.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Experiment (issue 14, court reporting): the facts of the later text its source never writes ({@link NewFacts}) as an
 * input of the wholly regression (and, as a variant, of both). Each variant retrained on METER by the shipped procedure
 * ({@link DependenceEvaluationTest}: METER CV 5-fold × 5 with thresholds tuned, and with the derived threshold fixed at
 * 0.70; then trained on all METER pairs, derived threshold 0.70) and judged on the court set and the pool's dependence
 * halves (aggregates only). Report only: {@code -Ddependence.experiment=facts}.
 */
@EnabledIfSystemProperty(named = "dependence.experiment", matches = "facts",
        disabledReason = "an experiment of a few minutes: run it with -Ddependence.experiment=facts")
class DependenceNewFactsExperimentTest {

    private static final String[] COLUMNS = {"derivedShare", "partlyTracedShare", "log1p(longestRun)",
        "trigramContainment", "newNameShare", "newFactClauseShare", "newFactClauseShare (no quotes)",
        "newFactsPer100", "newFactsPer100 (no quotes)", "newNumbersNamesShare"};

    private final DependenceJudge judge = new DependenceJudge(DependenceModel.DEFAULT);
    private final NewFacts facts = new NewFacts();

    /** A labelled set: feature rows and levels. */
    private record Set3(String name, double[][] x, int[] y) {
    }

    @Test
    void newFactsVariants() throws IOException {
        Set3 meter = fromPairs("METER", new MeterDevPairs());
        Set3 court = fromPairs("court", CourtDependenceEvaluationTest.courtPairs());
        List<Set3> pool = poolHalves();
        for (Set3 s : concat(List.of(meter, court), pool)) {
            printMeans(s);
        }
        int[] base = {0, 1, 2, 3};
        Map<String, int[][]> variants = new LinkedHashMap<>();
        variants.put("shipped", new int[][] {base, {0, 1, 2, 3, 4}});
        for (int c = 5; c < COLUMNS.length; c++) {
            variants.put("wholly + " + COLUMNS[c], new int[][] {base, {0, 1, 2, 3, 4, c}});
        }
        variants.put("wholly: newFactClauseShare in place of newNameShare", new int[][] {base, {0, 1, 2, 3, 5}});
        variants.put("wholly: newFactsPer100 in place of newNameShare", new int[][] {base, {0, 1, 2, 3, 7}});
        variants.put("both + newFactClauseShare", new int[][] {{0, 1, 2, 3, 5}, {0, 1, 2, 3, 4, 5}});
        variants.put("both + newFactsPer100", new int[][] {{0, 1, 2, 3, 7}, {0, 1, 2, 3, 4, 7}});
        variants.put("both + newFactClauseShare (no quotes)", new int[][] {{0, 1, 2, 3, 6}, {0, 1, 2, 3, 4, 6}});
        System.out.println("| variant | METER CV (tuned) | METER CV (0.70) | court | court confusion | pool dev | pool test |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Map.Entry<String, int[][]> v : variants.entrySet()) {
            int[] d = v.getValue()[0];
            int[] w = v.getValue()[1];
            double[] tuned = cv(meter, d, w, Double.NaN);
            double[] fixed = cv(meter, d, w, 0.70);
            DependenceModel all = DependenceEvaluationTest.train(cols(meter.x(), d), cols(meter.x(), w), meter.y());
            DependenceModel m = new DependenceModel(all.derived(), all.wholly(), 0.70, all.whollyThreshold());
            int[][] cc = judged(m, court, d, w);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s", v.getKey(),
                    fig(tuned), fig(fixed), fig(cc), java.util.Arrays.deepToString(cc)));
            for (Set3 p : pool) {
                row.append(" | ").append(fig(judged(m, p, d, w)));
            }
            System.out.println(row.append(" |").append(" wholly threshold ")
                    .append(String.format(Locale.ROOT, "%.2f", all.whollyThreshold())));
        }
    }

    private Set3 fromPairs(String name, MeterDevPairs pairs) {
        double[][] x = new double[pairs.pairs.size()][];
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            MeterDevPairs.Pair p = pairs.pairs.get(i);
            MeterDevPairs.Blanked b = pairs.blanked(p);
            x[i] = row(b.later(), b.earlier());
            if (name.equals("court")) {
                System.out.printf(Locale.ROOT, "%-44s %-18s clauses %.2f per100 %.2f new facts %s%n", p.id(), p.label(),
                        x[i][5], x[i][7], facts.measure(b.later(), b.earlier()).facts());
            }
            y[i] = p.expected().ordinal();
        }
        return new Set3(name, x, y);
    }

    private double[] row(String later, String earlier) {
        DependenceFeatures f = judge.features(later, earlier);
        NewFacts.Measures n = facts.measure(later, earlier);
        double[] v = f.whollyVector();
        return new double[] {v[0], v[1], v[2], v[3], v[4], n.clauseShare(), n.clauseShareNoQuotes(), n.perHundred(),
            n.perHundredNoQuotes(), n.numbersNamesShare()};
    }

    private List<Set3> poolHalves() throws IOException {
        Map<String, PoolPages.Page> pages = PoolPages.of(Set.of("l3s-gn1"));
        PoolStore store = new PoolStore(pages.values().stream().map(PoolPages.Page::body).toList());
        JsonNode labels;
        try (InputStream in = getClass().getResourceAsStream("/labels/pool-dependence.json")) {
            labels = new ObjectMapper().readTree(in).get("pairs");
        }
        List<Set3> out = new ArrayList<>();
        for (String half : List.of("dev", "test")) {
            List<double[]> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (JsonNode n : labels) {
                if (!n.get("half").asText().equals(half)) {
                    continue;
                }
                String s = pages.get(n.get("source").asText()).body();
                String l = pages.get(n.get("later").asText()).body();
                Formulas f = store.formulas(s, l);
                x.add(row(f.blank(l), f.blank(s)));
                y.add(DependenceLevel.valueOf(n.get("label").asText().toUpperCase(Locale.ROOT)).ordinal());
            }
            out.add(new Set3("pool " + half, x.toArray(double[][]::new), y.stream().mapToInt(i -> i).toArray()));
        }
        return out;
    }

    private static double[] cv(Set3 s, int[] d, int[] w, double threshold) {
        double macro = 0;
        double accuracy = 0;
        for (int r = 0; r < 5; r++) {
            int[] p = DependenceEvaluationTest.crossValidate(cols(s.x(), d), cols(s.x(), w), s.y(), new Random(r), threshold);
            int[][] cm = DependenceEvaluationTest.confusion(s.y(), p);
            macro += DependenceEvaluationTest.macroF1(cm) / 5;
            accuracy += DependenceEvaluationTest.binaryAccuracy(cm) / 5;
        }
        return new double[] {macro, accuracy};
    }

    private static int[][] judged(DependenceModel m, Set3 s, int[] d, int[] w) {
        double[][] xd = cols(s.x(), d);
        double[][] xw = cols(s.x(), w);
        int[] p = new int[s.y().length];
        for (int i = 0; i < p.length; i++) {
            p[i] = DependenceEvaluationTest.predict(m, xd[i], xw[i]);
        }
        return DependenceEvaluationTest.confusion(s.y(), p);
    }

    private static double[][] cols(double[][] x, int[] c) {
        double[][] out = new double[x.length][c.length];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < c.length; k++) {
                out[i][k] = x[i][c[k]];
            }
        }
        return out;
    }

    private static String fig(double[] f) {
        return String.format(Locale.ROOT, "%.3f / %.3f", f[0], f[1]);
    }

    private static String fig(int[][] cm) {
        return fig(new double[] {DependenceEvaluationTest.macroF1(cm), DependenceEvaluationTest.binaryAccuracy(cm)});
    }

    private static void printMeans(Set3 s) {
        StringBuilder b = new StringBuilder(s.name() + " means (wholly / partially / independent):");
        for (int c = 4; c < COLUMNS.length; c++) {
            b.append(String.format(Locale.ROOT, " %s", COLUMNS[c]));
            for (int level = 0; level < 3; level++) {
                double sum = 0;
                int n = 0;
                for (int i = 0; i < s.y().length; i++) {
                    if (s.y()[i] == level) {
                        sum += s.x()[i][c];
                        n++;
                    }
                }
                b.append(String.format(Locale.ROOT, level == 0 ? " %.2f" : " / %.2f", n == 0 ? Double.NaN : sum / n));
            }
            b.append(';');
        }
        System.out.println(b);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
