import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Ingest benchmark: POST /api/articles with {"html", "url"} for every corpus page (readability/NAME/source.html and
 * pages/*.html, read in place), from 2 client threads, for 1 warm-up pass and N measured passes; every pass gives each
 * page a distinct URL (query parameter wtbench=RUN-PASS) so nothing is deduplicated. Then, in the same process, a
 * Jsoup-parse-only loop (Jsoup.parse(html, url).text()) over the same pages with 2 threads for the same number of
 * passes. Reports both rates, their ratio, HTTP status counts and the service's peak RSS (VmHWM).
 *
 * Usage: java -cp CP bench/IngestBench.java baseUrl servicePid corpusDir passes [warmupPasses] [requestTimeoutSeconds]
 */
public class IngestBench {

    static final Map<String, Long> LATENCY = new ConcurrentHashMap<>();
    static int timeoutSeconds = 300;

    record Page(String rel, String url, String html) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        Path corpus = Path.of(args[2]);
        int passes = Integer.parseInt(args[3]);
        int warmups = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        timeoutSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 300;
        List<Page> pages = pages(corpus);
        long bytes = pages.stream().mapToLong(p -> p.html().length()).sum();
        System.out.printf("%d pages, %.1f MB of HTML (chars) per pass%n", pages.size(), bytes / 1e6);
        String run = Long.toString(System.currentTimeMillis(), 36);
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        if (warmups > 0) {
            Map<Integer, AtomicInteger> warmStatus = new TreeMap<>();
            double warm = posts(http, json, base, pages, run, 0, warmups, warmStatus);
            System.out.printf("warm-up (%d passes): %.2f pages/s, statuses %s, load %s%n", warmups,
                    warmups * pages.size() / warm, warmStatus, load());
            LATENCY.clear();
        }

        Map<Integer, AtomicInteger> status = new TreeMap<>();
        double s = posts(http, json, base, pages, run, warmups, passes, status);
        double servicePps = passes * pages.size() / s;
        System.out.printf("service: %d POSTs in %.1fs = %.2f pages/s (2 client threads), statuses %s, load %s%n",
                passes * pages.size(), s, servicePps, status, load());
        String hwm = vm(pid, "VmHWM");
        List<Map.Entry<String, Long>> slow = new ArrayList<>(LATENCY.entrySet());
        slow.sort((x, y) -> Long.compare(y.getValue(), x.getValue()));
        long[] all = LATENCY.values().stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("request latency p50 %.0f ms, p90 %.0f ms, max %.0f ms; slowest:%n", all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.9)] / 1e6, all[all.length - 1] / 1e6);
        for (int k = 0; k < Math.min(8, slow.size()); k++) {
            System.out.printf("  %8.0f ms  %s%n", slow.get(k).getValue() / 1e6, slow.get(k).getKey());
        }
        String rss = vm(pid, "VmRSS");

        parse(pages, 1); // warm-up
        double ps = parse(pages, passes);
        double parsePps = passes * pages.size() / ps;
        System.out.printf("jsoup parse-only: %d parses in %.1fs = %.2f pages/s (2 threads), load %s%n",
                passes * pages.size(), ps, parsePps, load());
        System.out.printf("ratio service/parse-only: %.1f%%%n", 100.0 * servicePps / parsePps);
        System.out.printf("service peak RSS (VmHWM): %s, RSS now: %s%n", hwm, rss);
    }

    static double posts(HttpClient http, ObjectMapper json, String base, List<Page> pages, String run, int firstPass,
            int passes, Map<Integer, AtomicInteger> status) throws Exception {
        List<String[]> work = new ArrayList<>(); // {rel, body}
        for (int pass = firstPass; pass < firstPass + passes; pass++) {
            for (Page p : pages) {
                String url = p.url() + (p.url().contains("?") ? "&" : "?") + "wtbench=" + run + "-" + pass;
                Map<String, String> body = new HashMap<>();
                body.put("html", p.html());
                body.put("url", url);
                work.add(new String[] {p.rel(), json.writeValueAsString(body)});
            }
        }
        AtomicInteger next = new AtomicInteger();
        Map<Integer, AtomicInteger> counts = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread th = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < work.size()) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/articles")).header("Authorization", "Bearer " + System.getenv("WIRETRACE_AUTH_BOOTSTRAP_TOKEN"))
                            .timeout(Duration.ofSeconds(timeoutSeconds)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(work.get(i)[1], StandardCharsets.UTF_8)).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        LATENCY.put(i + " " + work.get(i)[0] + " -> " + r.statusCode(), System.nanoTime() - t0);
                        counts.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() >= 300 && failures.incrementAndGet() <= 5) {
                            System.out.println("  " + r.statusCode() + " " + work.get(i)[0] + ": "
                                    + r.body().substring(0, Math.min(200, r.body().length())));
                        }
                    } catch (Exception e) {
                        counts.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                        System.out.println("  error " + work.get(i)[0] + ": " + e);
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        status.putAll(counts);
        return seconds;
    }

    static double parse(List<Page> pages, int passes) throws Exception {
        AtomicInteger next = new AtomicInteger();
        int total = passes * pages.size();
        AtomicLong chars = new AtomicLong();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread th = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    Page p = pages.get(i % pages.size());
                    Document d = Jsoup.parse(p.html(), p.url());
                    chars.addAndGet(d.text().length());
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

    static List<Page> pages(Path corpus) throws Exception {
        Map<String, String> urls = new HashMap<>();
        JsonNode labels = new ObjectMapper().readTree(corpus.resolve("labels.json").toFile()).path("pages");
        labels.fields().forEachRemaining(e -> {
            if (e.getValue().path("url").isTextual()) {
                urls.put(e.getValue().path("file").asText(), e.getValue().path("url").asText());
            }
        });
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus.resolve("readability"))) {
            s.map(d -> d.resolve("source.html")).filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        try (Stream<Path> s = Files.list(corpus.resolve("pages"))) {
            s.filter(f -> f.toString().endsWith(".html")).sorted().forEach(files::add);
        }
        List<Page> out = new ArrayList<>();
        for (Path f : files) {
            String rel = corpus.relativize(f).toString();
            String url = urls.getOrDefault(rel, "https://bench.invalid/" + rel.replace("/source.html", ""));
            out.add(new Page(rel, url, new String(Files.readAllBytes(f), StandardCharsets.UTF_8)));
        }
        return out;
    }

    static String vm(long pid, String field) throws Exception {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith(field))
                .map(l -> l.substring(field.length() + 1).trim()).findFirst().orElse("?");
    }

    static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0];
    }
}
