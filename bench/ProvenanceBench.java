import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Times GET /api/articles/{id}/provenance and /story for random stored articles (one client thread). */
public class ProvenanceBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int n = Integer.parseInt(args[1]);
        int queries = Integer.parseInt(args[2]);
        HttpClient client = HttpClient.newHttpClient();
        Random random = new Random(42);
        for (String endpoint : new String[] {"provenance", "story"}) {
            for (int i = 0; i < 100; i++) {
                get(client, base, 1 + random.nextInt(n), endpoint);
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                long t0 = System.nanoTime();
                get(client, base, 1 + random.nextInt(n), endpoint);
                ms.add((System.nanoTime() - t0) / 1e6);
            }
            Collections.sort(ms);
            System.out.printf("%-10s n=%d queries=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n", endpoint, n, queries,
                    ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.99) - 1), ms.get(ms.size() - 1));
        }
    }

    static void get(HttpClient client, String base, int id, String endpoint) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/" + id + "/" + endpoint)).header("Authorization", "Bearer " + System.getenv("WIRETRACE_AUTH_BOOTSTRAP_TOKEN"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(endpoint + " of " + id + ": " + r.statusCode() + " " + r.body());
        }
    }
}
