import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.wiretrace.review.ReviewText;
import io.wiretrace.review.Review;
import io.wiretrace.review.RewriteReviewer;
import io.wiretrace.reuse.CachingSentenceEmbedder;
import io.wiretrace.reuse.MiniLmSentenceEmbedder;
import io.wiretrace.reuse.PairComparer;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.reuse.ReuseText;
import io.wiretrace.reuse.SentenceEmbedder;
import io.wiretrace.reuse.SentenceSplitter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Pair comparison latency on a ~2,000-word English news text and a rewrite of it, both made here.
 * <p>
 * Source: news-style English sentences of 12 to 40 words assembled from phrase lists written for this bench (seeded;
 * grammatical, realistic lengths and word pieces, not one coherent story). Rewrite, per source sentence (seeded): 35%
 * kept, 25% edited (two or three words swapped for synonyms, one dropped), 25% reworded (clauses reordered, half the
 * content words swapped for synonyms), 15% dropped, plus a new sentence after about one in six.
 * <p>
 * Timed, single caller thread, after warm-up: {@code PairComparer.lexical().compareVerbatim} and {@code .compare};
 * {@code PairComparer.withSemanticModel(MiniLM)}.compare (ingest verification) and
 * {@code RewriteReviewer.withSemanticModel(MiniLM).review} (what {@code GET /api/articles/{id}/compare/{sourceId}}
 * computes). The headline is cold: the embedder has no cache, so each run embeds every sentence it needs. A separate,
 * labelled line times the review with a warm {@link CachingSentenceEmbedder} (a stored article compared again), and one
 * the review with LangChain4j's own MiniLM wrapper (the embedder used before, same vectors) for comparison at the same
 * load. Each line gives wall p50/p99, process CPU per run (less sensitive to other load than wall time), sentences
 * embedded per run, and the 1-minute load average.
 * <p>
 * Usage: java -cp CP bench/CompareBench.java [runs] [semantic: true|false]
 */
public class CompareBench {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        boolean semantic = args.length <= 1 || Boolean.parseBoolean(args[1]);
        String source = EnglishNews.article(new SplittableRandom(7), 2_000);
        String rewrite = EnglishNews.rewrite(source, new SplittableRandom(42));
        ReuseText ta = new ReuseText("source", source, Instant.parse("2026-01-01T00:00:00Z"), null);
        ReuseText tb = new ReuseText("rewrite", rewrite, Instant.parse("2026-01-01T03:00:00Z"), null);
        ReviewText ra = new ReviewText("source", source, List.of(), null);
        ReviewText rb = new ReviewText("rewrite", rewrite, List.of(), null);
        int sentences = new SentenceSplitter().split(source).size() + new SentenceSplitter().split(rewrite).size();
        System.out.printf("source %d words, rewrite %d words; %d sentences in all, mean %.1f words%n", words(source),
                words(rewrite), sentences, (words(source) + words(rewrite)) / (double) sentences);

        PairComparer lexical = PairComparer.lexical();
        time("compareVerbatim (lexical)", () -> lexical.compareVerbatim(tb, ta), runs, null);
        time("compare (lexical)", () -> lexical.compare(tb, ta), runs, null);
        time("review (lexical)", () -> RewriteReviewer.lexical().review(rb, ra), runs, null);
        if (!semantic) {
            return;
        }
        long t = System.nanoTime();
        Counting model = new Counting(new MiniLmSentenceEmbedder());
        System.out.printf("MiniLM model load %.0f ms%n", (System.nanoTime() - t) / 1e6);
        PairComparer withModel = PairComparer.withSemanticModel(model);
        time("compare (MiniLM, cold)", () -> withModel.compare(tb, ta), runs, model);
        RewriteReviewer reviewer = RewriteReviewer.withSemanticModel(model);
        time("review (MiniLM, cold)", () -> reviewer.review(rb, ra), runs, model);
        Counting cached = new Counting(new CachingSentenceEmbedder(model, 20_000));
        RewriteReviewer cachedReviewer = RewriteReviewer.withSemanticModel(cached);
        time("review (MiniLM, cached)", () -> cachedReviewer.review(rb, ra), runs, model);
        Counting wrapper = new Counting(new LangChain4jWrapper());
        RewriteReviewer before = RewriteReviewer.withSemanticModel(wrapper);
        time("review (LangChain4j wrapper)", () -> before.review(rb, ra), Math.max(10, runs / 3), wrapper);
    }

    static void time(String label, Supplier<Object> work, int runs, Counting model) throws Exception {
        Object result = null;
        for (int w = 0; w < Math.max(10, runs / 5); w++) {
            result = work.get();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long embedded0 = model == null ? 0 : model.sentences.get();
        long cpu0 = os.getProcessCpuTime();
        long[] ns = new long[runs];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            result = work.get();
            ns[r] = System.nanoTime() - t;
        }
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e6 / runs;
        Arrays.sort(ns);
        System.out.printf("%-30s p50 %6.1f ms, p99 %6.1f ms over %d runs; CPU %6.1f ms/run; %s sentences embedded/run;"
                + " %s; load %s%n", label, ns[runs / 2] / 1e6, ns[(int) Math.ceil(0.99 * runs) - 1] / 1e6, runs, cpu,
                model == null ? "no" : String.format("%.0f", (model.sentences.get() - embedded0) / (double) runs),
                describe(result), Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0]);
    }

    static String describe(Object result) {
        if (result instanceof ReuseMatch m) {
            return String.format("class %s, %d passages, %d sentence pairs", m.reuseClass(), m.passages().size(),
                    m.paraphrases().size());
        }
        Review r = (Review) result;
        return String.format("rewrite verbatim %.2f edited %.2f paraphrased %.2f added %.2f, source kept %.2f",
                r.summary().rewriteVerbatim(), r.summary().rewriteEdited(), r.summary().rewriteParaphrased(),
                r.summary().rewriteAdded(), r.summary().sourceKept());
    }

    static int words(String s) {
        return s.isBlank() ? 0 : s.trim().split("\\s+").length;
    }

    /** Counts the sentences handed to an embedder. */
    static final class Counting implements SentenceEmbedder {
        final SentenceEmbedder delegate;
        final AtomicLong sentences = new AtomicLong();

        Counting(SentenceEmbedder delegate) {
            this.delegate = delegate;
        }

        @Override
        public float[][] embed(List<String> batch) {
            sentences.addAndGet(batch.size());
            return delegate.embed(batch);
        }

        @Override
        public String name() {
            return delegate.name();
        }
    }

    /** The embedder before this change: LangChain4j's in-process wrapper of the same model. */
    static final class LangChain4jWrapper implements SentenceEmbedder {
        final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

        @Override
        public float[][] embed(List<String> batch) {
            var vectors = model.embedAll(batch.stream().map(TextSegment::from).toList()).content();
            float[][] out = new float[vectors.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = SentenceEmbedder.normalize(vectors.get(i).vector());
            }
            return out;
        }

        @Override
        public String name() {
            return "langchain4j";
        }
    }

    /** News-style English written for this bench, and a rewrite of it. */
    static final class EnglishNews {
        static final String[] SUBJECTS = {"The interior minister", "Officials in the capital", "A spokesperson for the"
                + " regional government", "Several opposition lawmakers", "The central bank", "Local residents",
            "Emergency services", "The company's chief executive", "Police in the northern province", "A senior diplomat",
            "Union leaders", "The city council", "Health authorities", "Aid agencies working in the area",
            "The defence ministry", "Prosecutors", "Farmers in the valley", "The electoral commission"};
        static final String[] VERBS = {"said on Tuesday that", "announced late on Friday that", "warned in a statement"
                + " that", "told reporters after the meeting that", "confirmed on Sunday that", "insisted that",
            "acknowledged in an interview that", "argued during a televised debate that", "claimed without evidence that",
            "revealed in documents seen by journalists that"};
        static final String[] CLAUSES = {"the negotiations over the new trade agreement had stalled for a third week",
            "more than two hundred families had been forced to leave their homes after the river burst its banks",
            "the budget for public hospitals would be cut by nearly a tenth next year",
            "investigators were still examining the wreckage of the passenger train",
            "the price of bread had doubled since the start of the winter",
            "the ceasefire along the border was holding despite sporadic shelling overnight",
            "a new vaccination campaign would begin in rural schools before the end of the month",
            "the construction of the bridge had been delayed by a dispute with the contractor",
            "thousands of workers would join the general strike planned for next Monday",
            "the suspects had been detained at the airport while trying to board a flight abroad",
            "the drought had destroyed most of the wheat harvest in the southern districts",
            "the government would review the licences of all private security companies",
            "the museum would reopen to visitors once the damaged roof had been repaired",
            "electricity supplies to the eastern suburbs had been restored after a two-day outage",
            "the central bank was prepared to raise interest rates again if inflation kept rising",
            "the opposition would boycott the parliamentary vote on the constitutional amendment"};
        static final String[] TAILS = {"according to people familiar with the matter", "although no timetable was given",
            "a claim that the ministry later disputed", "in a move that surprised many analysts",
            "despite protests outside the building", "citing concerns about public safety",
            "as pressure mounted on the coalition", "in remarks broadcast on state television",
            "after months of talks with foreign donors", "while calling for calm across the region"};
        static final String[][] SYNONYMS = {{"said", "stated"}, {"warned", "cautioned"}, {"announced", "declared"},
            {"new", "fresh"}, {"stalled", "stopped"}, {"forced", "made"}, {"homes", "houses"}, {"cut", "reduced"},
            {"nearly", "almost"}, {"examining", "inspecting"}, {"wreckage", "remains"}, {"price", "cost"},
            {"doubled", "risen twofold"}, {"holding", "largely respected"}, {"begin", "start"}, {"delayed", "held up"},
            {"dispute", "row"}, {"thousands", "many thousands"}, {"detained", "arrested"}, {"destroyed", "ruined"},
            {"review", "reassess"}, {"reopen", "open again"}, {"damaged", "broken"}, {"restored", "brought back"},
            {"prepared", "ready"}, {"raise", "increase"}, {"boycott", "stay away from"}, {"officials", "authorities"},
            {"residents", "people living there"}, {"concerns", "worries"}, {"months", "many months"},
            {"surprised", "caught out"}, {"calm", "restraint"}, {"disputed", "contested"}};

        static String article(SplittableRandom rng, int minWords) {
            StringBuilder text = new StringBuilder();
            while (words(text.toString()) < minWords) {
                List<String> paragraph = new ArrayList<>();
                for (int s = 2 + rng.nextInt(3); s > 0; s--) {
                    paragraph.add(sentence(rng));
                }
                text.append(text.length() == 0 ? "" : "\n\n").append(String.join(" ", paragraph));
            }
            return text.toString();
        }

        static String sentence(SplittableRandom rng) {
            String s = pick(rng, SUBJECTS) + " " + pick(rng, VERBS) + " " + pick(rng, CLAUSES);
            if (rng.nextDouble() < 0.6) {
                s += ", " + pick(rng, TAILS);
            }
            return s + ".";
        }

        static String rewrite(String source, SplittableRandom rng) {
            List<String> paragraphs = new ArrayList<>();
            for (String paragraph : source.split("\n\n")) {
                List<String> out = new ArrayList<>();
                for (String sentence : paragraph.split("(?<=\\.)\\s+")) {
                    double r = rng.nextDouble();
                    if (r < 0.35) {
                        out.add(sentence);
                    } else if (r < 0.60) {
                        out.add(edit(sentence, rng, 2 + rng.nextInt(2)));
                    } else if (r < 0.85) {
                        out.add(reword(sentence, rng));
                    } // else dropped
                    if (rng.nextDouble() < 0.17) {
                        out.add(sentence(rng));
                    }
                }
                if (!out.isEmpty()) {
                    paragraphs.add(String.join(" ", out));
                }
            }
            return String.join("\n\n", paragraphs);
        }

        /** Swaps up to {@code swaps} words for synonyms and drops one word of the tail. */
        static String edit(String sentence, SplittableRandom rng, int swaps) {
            String out = sentence;
            int done = 0;
            for (int k = 0; k < SYNONYMS.length * 2 && done < swaps; k++) {
                String[] pair = SYNONYMS[rng.nextInt(SYNONYMS.length)];
                if (out.contains(" " + pair[0] + " ")) {
                    out = out.replaceFirst(" " + pair[0] + " ", " " + pair[1] + " ");
                    done++;
                }
            }
            return out.replaceFirst(" the (?=\\w+\\.$)", " ");
        }

        /** The clause first, then who said it, with about half the swappable words swapped. */
        static String reword(String sentence, SplittableRandom rng) {
            String edited = edit(sentence, rng, 6);
            int that = edited.indexOf(" that ");
            if (that < 0) {
                return edited;
            }
            String speaker = edited.substring(0, that).replaceFirst(" (said|stated|announced|declared|warned|cautioned"
                    + "|told reporters|confirmed|insisted|acknowledged|argued|claimed|revealed)", " $1");
            String clause = edited.substring(that + 6, edited.length() - 1);
            return Character.toUpperCase(clause.charAt(0)) + clause.substring(1) + ", "
                    + Character.toLowerCase(speaker.charAt(0)) + speaker.substring(1) + ".";
        }

        static String pick(SplittableRandom rng, String[] options) {
            return options[rng.nextInt(options.length)];
        }
    }
}
