import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wiretrace.attribution.AttributionDetector;
import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import io.wiretrace.outlet.OutletRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Attribution detector throughput: the corpus pages (readability/NAME/source.html and pages/*.html, read in place) are
 * extracted once with JsoupArticleExtractor, then AttributionDetector.detect runs over all of them for a fixed time
 * per measured round, on 1 thread and on 2 threads (one shared detector: it is documented thread-safe).
 *
 * Usage: java -cp CP bench/AttributionBench.java corpusDir [secondsPerRound]
 */
public class AttributionBench {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        List<Path> pages = pages(corpus);
        Map<String, String> urls = urls(corpus);
        JsoupArticleExtractor extractor = new JsoupArticleExtractor();
        List<ExtractedArticle> articles = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        long chars = 0;
        for (Path p : pages) {
            String rel = corpus.relativize(p).toString();
            String url = urls.getOrDefault(rel, "https://bench.invalid/" + rel);
            try {
                ExtractedArticle a = extractor.fromHtml(decode(p), url);
                articles.add(a);
                labels.add(rel);
                chars += a.bodyText().length();
            } catch (RuntimeException e) {
                System.out.println("skipped (no article): " + rel + " " + e.getClass().getSimpleName());
            }
        }
        System.out.printf("%d pages, %d extracted articles, mean body %d chars%n", pages.size(), articles.size(),
                chars / Math.max(1, articles.size()));
        AttributionDetector detector = new AttributionDetector(OutletRegistry.fromClasspath());
        long found = 0;
        for (ExtractedArticle a : articles) {
            found += detector.detect(a).size();
        }
        System.out.println("attributions found per pass: " + found);
        round(detector, articles, 1, seconds, "warm-up 1 thread");
        round(detector, articles, 2, seconds / 2, "warm-up 2 threads");
        // per-article cost after warm-up: which pages dominate
        long[] ns = new long[articles.size()];
        for (int k = 0; k < articles.size(); k++) {
            long t = System.nanoTime();
            detector.detect(articles.get(k));
            ns[k] = System.nanoTime() - t;
        }
        Integer[] order = new Integer[ns.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (x, y) -> Long.compare(ns[y], ns[x]));
        long total = java.util.Arrays.stream(ns).sum();
        long[] sorted = ns.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("one pass, 1 thread: total %.0f ms, per article p50 %.2f ms, max %.0f ms; slowest:%n",
                total / 1e6, sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6);
        for (int k = 0; k < 8; k++) {
            ExtractedArticle a = articles.get(order[k]);
            System.out.printf("  %8.1f ms  %s (%d body chars)%n", ns[order[k]] / 1e6, labels.get(order[k]),
                    a.bodyText().length());
        }
        ruleCosts(articles);
        for (int r = 0; r < 2; r++) {
            round(detector, articles, 1, seconds, "1 thread");
            round(detector, articles, 2, seconds, "2 threads");
        }
    }

    /** Per-rule cost over one pass, via reflection on the detector's private rule list (diagnosis only). */
    static void ruleCosts(List<ExtractedArticle> articles) throws Exception {
        java.lang.reflect.Field f = AttributionDetector.class.getDeclaredField("RULES");
        f.setAccessible(true);
        List<?> rules = (List<?>) f.get(null);
        Class<?> viewClass = Class.forName("io.wiretrace.attribution.ArticleView");
        java.lang.reflect.Constructor<?> ctor = viewClass.getDeclaredConstructor(ExtractedArticle.class,
                io.wiretrace.outlet.OutletResolver.class);
        ctor.setAccessible(true);
        OutletRegistry registry = OutletRegistry.fromClasspath();
        java.lang.reflect.Method apply = io.wiretrace.attribution.Rule.class.getMethod("apply", viewClass);
        long[] ns = new long[rules.size() + 1];
        for (ExtractedArticle a : articles) {
            long t = System.nanoTime();
            Object view = ctor.newInstance(a, registry);
            ns[rules.size()] += System.nanoTime() - t;
            for (int r = 0; r < rules.size(); r++) {
                io.wiretrace.attribution.Rule rule = (io.wiretrace.attribution.Rule) rules.get(r);
                t = System.nanoTime();
                apply.invoke(rule, view);
                ns[r] += System.nanoTime() - t;
            }
        }
        System.out.printf("per-rule cost over one pass (1 thread; lazy view state is charged to the first rule "
                + "that needs it): new ArticleView %.0f ms%n", ns[rules.size()] / 1e6);
        for (int r = 0; r < rules.size(); r++) {
            System.out.printf("  %8.0f ms  %s%n", ns[r] / 1e6, rules.get(r).getClass().getSimpleName());
        }
    }

    static void round(AttributionDetector detector, List<ExtractedArticle> articles, int threads, double seconds,
            String label) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> ts = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int offset = t * articles.size() / threads;
            Thread th = new Thread(() -> {
                long n = 0;
                int i = offset;
                while (System.nanoTime() < end) {
                    detector.detect(articles.get(i));
                    i = (i + 1) % articles.size();
                    n++;
                }
                done.addAndGet(n);
            });
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) {
            th.join();
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-18s %8.0f articles/s (%d detections in %.1fs), load %s%n", label, done.get() / s,
                done.get(), s, Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0]);
    }

    /** Page bytes as UTF-8 (as a JSON client posting the page would send them). */
    static String decode(Path p) throws Exception {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    static List<Path> pages(Path corpus) throws Exception {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus.resolve("readability"))) {
            s.map(d -> d.resolve("source.html")).filter(Files::isRegularFile).sorted().forEach(out::add);
        }
        try (Stream<Path> s = Files.list(corpus.resolve("pages"))) {
            s.filter(f -> f.toString().endsWith(".html")).sorted().forEach(out::add);
        }
        return out;
    }

    /** Page URLs from labels.json where known (file path relative to the corpus -> url). */
    static Map<String, String> urls(Path corpus) throws Exception {
        Map<String, String> out = new HashMap<>();
        JsonNode pages = new ObjectMapper().readTree(corpus.resolve("labels.json").toFile()).path("pages");
        pages.fields().forEachRemaining(e -> {
            JsonNode url = e.getValue().path("url");
            if (url.isTextual()) {
                out.put(e.getValue().path("file").asText(), url.asText());
            }
        });
        return out;
    }
}
