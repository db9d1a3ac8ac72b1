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
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse.Builder;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Import benchmark: writes a gzip WARC (one response record per corpus page and pass, each pass under distinct URLs,
 * in a temporary directory: corpus pages never enter the repository), uploads it to POST /api/imports of the running
 * service and polls until the import is done (rate without matching), then until the reuse-match backlog is empty
 * (rate with matching). Then the same pages through a Jsoup-parse-only loop (IngestBench.parse, 2 threads).
 *
 * Usage (compiled with IngestBench.java, whose corpus reading and parse loop it shares; see bench/import.sh):
 * java -cp CLASSES:CP ImportBench baseUrl servicePid corpusDir passes
 */
public class ImportBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        int passes = Integer.parseInt(args[3]);
        List<IngestBench.Page> pages = IngestBench.pages(Path.of(args[2]));
        Path warc = Files.createTempFile("wt-bench-import", ".warc.gz");
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (int pass = 0; pass < passes; pass++) {
                for (IngestBench.Page p : pages) {
                    String url = p.url() + (p.url().contains("?") ? "&" : "?") + "wtbench=" + run + "-" + pass;
                    writer.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2019-01-01T00:00:00Z"))
                            .body(new Builder(200, "OK").body(MediaType.parse("text/html;charset=utf-8"),
                                    p.html().getBytes(StandardCharsets.UTF_8)).build()).build());
                }
            }
        }
        int records = passes * pages.size();
        System.out.printf("WARC of %d records (%d pages x %d passes), %.1f MB gzip, load %s%n", records, pages.size(),
                passes, Files.size(warc) / 1e6, IngestBench.load());
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        long start = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/api/imports?name=bench.warc.gz")).header("Authorization", "Bearer " + System.getenv("WIRETRACE_AUTH_BOOTSTRAP_TOKEN"))
                .header("Content-Type", "application/warc").POST(HttpRequest.BodyPublishers.ofFile(warc)).build(),
                HttpResponse.BodyHandlers.ofString());
        String id = json.readTree(started.body()).path("id").asText();
        JsonNode done;
        while (true) {
            done = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/imports/" + id)).header("Authorization", "Bearer " + System.getenv("WIRETRACE_AUTH_BOOTSTRAP_TOKEN")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (List.of("done", "failed", "cancelled").contains(done.path("status").asText())) {
                break;
            }
            Thread.sleep(200);
        }
        double imported = (System.nanoTime() - start) / 1e9;
        while (backlog(http, json, base) > 0) {
            Thread.sleep(500);
        }
        double matched = (System.nanoTime() - start) / 1e9;
        Files.delete(warc);
        System.out.printf("import %s: %s, %d records read, %d stored, %d duplicates, skipped %s, failed %s%n", id,
                done.path("status").asText(), done.path("recordsRead").asLong(), done.path("stored").asLong(),
                done.path("duplicates").asLong(), done.path("skipped"), done.path("failed"));
        System.out.printf("import without matching: %.2f pages/s (%.1f s, upload included)%n", records / imported, imported);
        System.out.printf("import with matching done: %.2f pages/s (%.1f s)%n", records / matched, matched);
        double parse = IngestBench.parse(pages, passes);
        System.out.printf("Jsoup parse-only (2 threads): %.2f pages/s (%.1f s), load %s%n", records / parse, parse,
                IngestBench.load());
        System.out.printf("ratio without matching: %.1f%%, with matching: %.1f%%%n", 100 * parse / imported,
                100 * parse / matched);
        System.out.printf("service peak RSS (VmHWM): %s%n", IngestBench.vm(pid, "VmHWM"));
    }

    static long backlog(HttpClient http, ObjectMapper json, String base) throws Exception {
        long pending = 0;
        for (String status : List.of("queued", "running")) {
            pending += json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs?kind=reuse-match&status="
                    + status + "&size=1")).header("Authorization", "Bearer " + System.getenv("WIRETRACE_AUTH_BOOTSTRAP_TOKEN")).build(), HttpResponse.BodyHandlers.ofString()).body()).path("total").asLong();
        }
        return pending;
    }
}
