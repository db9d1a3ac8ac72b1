import io.wiretrace.reuse.MiniLmSentenceEmbedder;
import io.wiretrace.reuse.PairComparer;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.reuse.ReuseText;
import io.wiretrace.reuse.SyntheticArticle;
import io.wiretrace.reuse.SyntheticCorpusGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Pair comparison latency on two ~2,000-word synthetic articles: A is original synthetic articles
 * (SyntheticCorpusGenerator, seed 7, no injected reuse) joined to reach 2,000 words; B is a rewrite of A made here:
 * per sentence (seeded) 35% kept verbatim, 25% edited (two or three words replaced, one dropped), 25% reworded
 * (words reordered and half of them replaced), 15% dropped, plus a new sentence after about one in six. Times
 * PairComparer.lexical().compareVerbatim(B, A) (no sentence alignment, to split the cost), .compare(B, A), then
 * PairComparer.withSemanticModel(new MiniLmSentenceEmbedder()).compare,
 * single thread, p50/p99 over the measured runs after warm-up.
 *
 * Usage: java -cp CP bench/CompareBench.java [runs] [semantic: true|false]
 */
public class CompareBench {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        boolean semantic = args.length <= 1 || Boolean.parseBoolean(args[1]);
        SyntheticCorpusGenerator gen = new SyntheticCorpusGenerator(7L, 0.0);
        StringBuilder a = new StringBuilder();
        int i = 0;
        while (words(a.toString()) < 2_000) {
            String body = gen.article(i++).text();
            body = body.substring(0, body.lastIndexOf("\n\n")); // drop the outlet footer
            a.append(a.length() == 0 ? "" : "\n\n").append(body);
        }
        String source = a.toString();
        String rewrite = rewrite(source, gen.article(i + 100).text(), new SplittableRandom(42));
        ReuseText ta = new ReuseText("source", source, Instant.parse("2026-01-01T00:00:00Z"), null);
        ReuseText tb = new ReuseText("rewrite", rewrite, Instant.parse("2026-01-01T03:00:00Z"), null);
        System.out.printf("source %d words, rewrite %d words%n", words(source), words(rewrite));

        PairComparer lexical = PairComparer.lexical();
        time("verbatim only", lexical, tb, ta, runs, false);
        time("lexical", lexical, tb, ta, runs, true);
        if (semantic) {
            long t = System.nanoTime();
            MiniLmSentenceEmbedder model = new MiniLmSentenceEmbedder();
            System.out.printf("MiniLM model load %.0f ms%n", (System.nanoTime() - t) / 1e6);
            time("semantic (MiniLM)", PairComparer.withSemanticModel(model), tb, ta, runs, true);
        }
    }

    static void time(String label, PairComparer comparer, ReuseText b, ReuseText a, int runs, boolean full)
            throws Exception {
        ReuseMatch m = null;
        for (int w = 0; w < Math.max(10, runs / 5); w++) {
            m = full ? comparer.compare(b, a) : comparer.compareVerbatim(b, a);
        }
        long[] ns = new long[runs];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            m = full ? comparer.compare(b, a) : comparer.compareVerbatim(b, a);
            ns[r] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf("%-18s p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d runs; class %s, containment %.2f/%.2f, "
                + "%d passages, %d sentence pairs; load %s%n", label, ns[runs / 2] / 1e6,
                ns[(int) Math.ceil(0.99 * runs) - 1] / 1e6, ns[runs - 1] / 1e6, runs, m.reuseClass(),
                m.containmentAInB(), m.containmentBInA(), m.passages().size(), m.paraphrases().size(),
                Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0]);
    }

    static String rewrite(String source, String other, SplittableRandom rng) {
        List<String> extra = new ArrayList<>(List.of(other.split("(?<=\\.)\\s+")));
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : source.split("\n\n")) {
            List<String> out = new ArrayList<>();
            for (String sentence : paragraph.split("(?<=\\.)\\s+")) {
                double r = rng.nextDouble();
                if (r < 0.35) {
                    out.add(sentence);
                } else if (r < 0.60) {
                    out.add(edit(sentence, rng, 2 + rng.nextInt(2), true));
                } else if (r < 0.85) {
                    out.add(reword(sentence, rng));
                } // else dropped
                if (rng.nextDouble() < 0.17 && !extra.isEmpty()) {
                    out.add(extra.remove(0));
                }
            }
            if (!out.isEmpty()) {
                paragraphs.add(String.join(" ", out));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    static String edit(String sentence, SplittableRandom rng, int replacements, boolean dropOne) {
        List<String> w = new ArrayList<>(List.of(sentence.split(" ")));
        for (int k = 0; k < replacements && w.size() > 3; k++) {
            int at = 1 + rng.nextInt(w.size() - 2);
            w.set(at, "replaced" + rng.nextInt(1000));
        }
        if (dropOne && w.size() > 4) {
            w.remove(1 + rng.nextInt(w.size() - 2));
        }
        return String.join(" ", w);
    }

    static String reword(String sentence, SplittableRandom rng) {
        String edited = edit(sentence, rng, sentence.split(" ").length / 2, false);
        List<String> w = new ArrayList<>(List.of(edited.replace(".", "").split(" ")));
        int cut = w.size() / 2;
        List<String> swapped = new ArrayList<>(w.subList(cut, w.size()));
        swapped.addAll(w.subList(0, cut));
        String s = String.join(" ", swapped);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    static int words(String s) {
        return s.isBlank() ? 0 : s.trim().split("\\s+").length;
    }
}
