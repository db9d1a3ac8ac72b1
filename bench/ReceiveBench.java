import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionDetector;
import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import io.wiretrace.extract.TextMeasure;
import io.wiretrace.ingest.PageDecoder;
import io.wiretrace.outlet.OutletRegistry;
import io.wiretrace.reuse.Fingerprint;
import io.wiretrace.reuse.Fingerprinter;
import io.wiretrace.reuse.NormalizedText;
import io.wiretrace.reuse.SentenceKeys;
import io.wiretrace.reuse.TextNormalizer;
import io.wiretrace.review.ContentFarmSignals;
import io.wiretrace.url.UrlIdentity;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;

/**
 * The receive phase of an import (and of {@code POST /api/articles}) without the service, stage by stage, against
 * Jsoup's parse alone on the same pages in the same run: the corpus pages (IngestBench.pages: readability sources and
 * pages/*.html, read in place) as UTF-8 bytes with a {@code text/html;charset=utf-8} type, as bench/import.sh's WARC
 * carries them. Per page the stages of {@code ArticleReceiver.receivePage} and {@code TrackArticle.analyse}: decode,
 * URL key, SHA-256 of the bytes, extraction (JsoupArticleExtractor, which parses), attribution detection (registry
 * from the classpath), the fingerprint, sentence keys and author-bio fingerprint.
 *
 * <p>Single-thread stage times are the thread's CPU time (ThreadMXBean), not wall time, so that other work on the
 * machine does not count: summed over {@code passes} passes after {@code warmup} passes and given per page, with the
 * receive as a share of the parse-only CPU time (the rate the import could reach against parse-only on the same cores
 * when receiving is all it does). Then the whole receive and the parse-only loop (IngestBench.parse: parse and document
 * text) each on 2 threads, alternated, wall time, so the ratio is from one run. Exits 1 when a page's result differs between passes (the stages must be deterministic) or when
 * fewer pages are received than were read.
 *
 * <p>Usage (bench/receive.sh): java -cp CLASSES:CP ReceiveBench corpusDir [passes=3] [warmup=2]
 */
public class ReceiveBench {

    static final String[] STAGES = {"decode", "urlKey", "sha256", "extract", "detect", "fingerprint", "sentenceKeys",
            "authorBio"};

    static final JsoupArticleExtractor EXTRACTOR = new JsoupArticleExtractor();
    static final AttributionDetector DETECTOR = new AttributionDetector(OutletRegistry.fromClasspath());
    static final Fingerprinter FINGERPRINTER = new Fingerprinter();
    static final SentenceKeys SENTENCE_KEYS = new SentenceKeys();
    static final TextNormalizer NORMALIZER = new TextNormalizer();
    static final ContentFarmSignals BIOS = new ContentFarmSignals(new TextNormalizer());
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        List<IngestBench.Page> pages = IngestBench.pages(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<byte[]> bodies = pages.stream().map(p -> p.html().getBytes(StandardCharsets.UTF_8)).toList();
        System.out.printf("%d pages, %.1f MB; load %s%n", pages.size(),
                bodies.stream().mapToLong(b -> b.length).sum() / 1e6, IngestBench.load());
        String[] first = new String[pages.size()];
        long[] ns = new long[STAGES.length];
        long parseNs = 0;
        for (int pass = 0; pass < warmup + passes; pass++) {
            boolean measured = pass >= warmup;
            for (int i = 0; i < pages.size(); i++) {
                long t = cpu();
                org.jsoup.nodes.Document d = Jsoup.parse(pages.get(i).html(), pages.get(i).url());
                d.text();
                if (measured) {
                    parseNs += cpu() - t;
                }
                String result = receive(pages.get(i).url(), bodies.get(i), measured ? ns : new long[STAGES.length]);
                if (first[i] == null) {
                    first[i] = result;
                } else if (!first[i].equals(result)) {
                    System.out.println("FAIL: page " + pages.get(i).rel() + " gave another result in pass " + pass);
                    System.exit(1);
                }
            }
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String r : first) {
            digest.update((r + "\n").getBytes(StandardCharsets.UTF_8));
        }
        System.out.println("digest of every page's results (equal before and after a speed change): "
                + java.util.HexFormat.of().formatHex(digest.digest(), 0, 12));
        long received = Arrays.stream(first).filter(r -> !r.startsWith("problem")).count();
        System.out.printf("received %d of %d pages (others: %s)%n", received, pages.size(),
                Arrays.stream(first).filter(r -> r.startsWith("problem")).toList());
        long total = Arrays.stream(ns).sum();
        int measuredPages = passes * pages.size();
        System.out.printf("1 thread, CPU time, %d passes after %d warm-up: Jsoup parse (and text) %.0f ms (%.2f ms/page);"
                + " receive %.0f ms (%.2f ms/page) = %.2f x parse: receive at %.1f%% of parse-only%n", passes, warmup,
                parseNs / 1e6, parseNs / 1e6 / measuredPages, total / 1e6, total / 1e6 / measuredPages,
                (double) total / parseNs, 100.0 * parseNs / total);
        for (int s = 0; s < STAGES.length; s++) {
            System.out.printf("  %-13s %8.0f ms  %5.1f%% of receive  %5.2f x parse%n", STAGES[s], ns[s] / 1e6,
                    100.0 * ns[s] / total, (double) ns[s] / parseNs);
        }
        for (int round = 0; round < 2; round++) {
            double parse = IngestBench.parse(pages, passes);
            double whole = receiveAll(pages, bodies, passes);
            System.out.printf("2 threads, %d pages: parse-only %.2f pages/s, receive %.2f pages/s: receive at %.1f%% of"
                    + " parse-only; load %s%n", passes * pages.size(), passes * pages.size() / parse,
                    passes * pages.size() / whole, 100 * parse / whole, IngestBench.load());
        }
        if (received < pages.size() - 10) {
            System.out.println("FAIL: only " + received + " pages received");
            System.exit(1);
        }
    }

    /** Seconds to receive every page {@code passes} times on 2 threads. */
    static double receiveAll(List<IngestBench.Page> pages, List<byte[]> bodies, int passes) throws Exception {
        AtomicInteger next = new AtomicInteger();
        int total = passes * pages.size();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread th = new Thread(() -> {
                long[] ns = new long[STAGES.length];
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    receive(pages.get(i % pages.size()).url(), bodies.get(i % pages.size()), ns);
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** One page through the receive stages, each timed into {@code ns}; a summary of the results to compare passes. */
    static String receive(String url, byte[] body, long[] ns) {
        long t = cpu();
        String html = PageDecoder.decode("text/html;charset=utf-8", body);
        t = lap(ns, 0, t);
        String key = UrlIdentity.of(url).key();
        t = lap(ns, 1, t);
        String sha;
        try {
            sha = java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        t = lap(ns, 2, t);
        ExtractedArticle extracted;
        try {
            extracted = EXTRACTOR.fromHtml(html, url);
        } catch (RuntimeException | StackOverflowError e) {
            lap(ns, 3, t);
            return "problem " + e.getClass().getSimpleName();
        }
        t = lap(ns, 3, t);
        if (TextMeasure.wordsUpTo(extracted.bodyText(), 20) < 20) {
            return "problem few words";
        }
        List<Attribution> attributions = DETECTOR.detect(extracted);
        t = lap(ns, 4, t);
        String bodyText = extracted.bodyText();
        NormalizedText words = NORMALIZER.normalize(bodyText); // once for both, as TrackArticle.analyse reads it
        Fingerprint fingerprint = FINGERPRINTER.fingerprint(words);
        t = lap(ns, 5, t);
        long[] keys = SENTENCE_KEYS.keys(words);
        t = lap(ns, 6, t);
        String bio = BIOS.authorBio(bodyText).map(b -> BIOS.bioFingerprint(b.text())).orElse(null);
        lap(ns, 7, t);
        return key + " " + sha + " " + extracted + " " + attributions + " "
                + Arrays.toString(fingerprint.signature()) + " " + Arrays.toString(fingerprint.bandKeys()) + " "
                + Arrays.toString(fingerprint.partialKeys()) + " " + Arrays.toString(fingerprint.anchorKeys()) + " "
                + fingerprint.tokenCount() + " " + Arrays.toString(keys) + " " + bio;
    }

    /** The current thread's CPU time in nanoseconds. */
    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static long lap(long[] ns, int stage, long since) {
        long now = cpu();
        ns[stage] += now - since;
        return now;
    }
}
