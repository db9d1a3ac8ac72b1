import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/** Times GET /api/articles?q= and its filters by kind of query (one client thread); see bench/search.sh. */
public class SearchBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int n = Integer.parseInt(args[1]);
        int queries = Integer.parseInt(args[2]);
        String outlet = args[3].strip();
        String[] cjk = args[4].strip().split(" ");
        Random random = new Random(42);
        // the vocabulary is w1..w5000 drawn log-uniformly: w1..w20 are in most articles, w3000+ in few
        Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
        kinds.put("rare word", () -> "q=w" + (3000 + random.nextInt(2000)));
        kinds.put("common word", () -> "q=w" + (1 + random.nextInt(20)));
        kinds.put("three words", () -> "q=" + enc("w" + (1 + random.nextInt(200)) + " w" + (200 + random.nextInt(800))
                + " w" + (1000 + random.nextInt(4000))));
        kinds.put("phrase", () -> "q=" + enc("\"w" + (1 + random.nextInt(50)) + " w" + (1 + random.nextInt(50)) + "\""));
        kinds.put("excluded word", () -> "q=" + enc("w" + (100 + random.nextInt(400)) + " -w" + (1 + random.nextInt(10))));
        kinds.put("cjk", () -> "q=" + enc(cjk[random.nextInt(cjk.length)]));
        kinds.put("words+outlet", () -> "q=w" + (1 + random.nextInt(500)) + "&outlet=" + enc(outlet));
        kinds.put("url", () -> "url=" + enc("https://bench" + random.nextInt(50) + ".example/a/" + (1 + random.nextInt(n))));
        kinds.put("newest list", () -> "page=" + random.nextInt(50));
        HttpClient client = HttpClient.newHttpClient();
        List<Double> all = new ArrayList<>();
        for (Map.Entry<String, Supplier<String>> kind : kinds.entrySet()) {
            for (int i = 0; i < 20; i++) {
                get(client, base, kind.getValue().get());
            }
            List<Double> ms = new ArrayList<>();
            long totals = 0;
            for (int i = 0; i < queries; i++) {
                long t0 = System.nanoTime();
                totals += get(client, base, kind.getValue().get());
                ms.add((System.nanoTime() - t0) / 1e6);
            }
            all.addAll(ms);
            report(kind.getKey(), n, ms, totals / queries);
        }
        report("all", n, all, -1);
    }

    static void report(String kind, int n, List<Double> ms, long meanTotal) {
        Collections.sort(ms);
        System.out.printf("%-14s n=%d queries=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%s%n", kind, n, ms.size(),
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.99) - 1), ms.get(ms.size() - 1),
                meanTotal < 0 ? "" : " mean total " + meanTotal);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static long get(HttpClient client, String base, String query) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?" + query)).header("Authorization", "Bearer " + System.getenv("WIRETRACE_AUTH_BOOTSTRAP_TOKEN")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(query + ": " + r.statusCode() + " " + r.body());
        }
        int at = r.body().lastIndexOf("\"total\":");
        return at < 0 ? 0 : Long.parseLong(r.body().substring(at + 8).replaceAll("[^0-9].*", ""));
    }
}
