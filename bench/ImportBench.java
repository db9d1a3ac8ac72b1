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
 * With a prepared WARC instead of the corpus (bench/import-generated.sh), only the import: progress, rate and the
 * service's memory sampled every 30 s. Requests carry {@code Authorization: Bearer $WIRETRACE_AUTH_BOOTSTRAP_TOKEN}.
 *
 * Usage (compiled with IngestBench.java, whose corpus reading and parse loop it shares; see bench/import.sh):
 * java -cp CLASSES:CP ImportBench baseUrl servicePid corpusDir passes
 * java -cp CLASSES:CP ImportBench baseUrl servicePid FILE.warc.gz records
 */
public class ImportBench {

    static final String TOKEN = System.getenv("WIRETRACE_AUTH_BOOTSTRAP_TOKEN");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        boolean generated = args[2].endsWith(".warc.gz");
        List<IngestBench.Page> pages = generated ? List.of() : IngestBench.pages(Path.of(args[2]));
        int passes = generated ? 0 : Integer.parseInt(args[3]);
        int records = generated ? Integer.parseInt(args[3]) : passes * pages.size();
        Path warc = generated ? Path.of(args[2]) : corpusWarc(pages, passes);
        System.out.printf("WARC of %d records%s, %.1f MB gzip, load %s%n", records,
                generated ? " (generated)" : " (" + pages.size() + " pages x " + passes + " passes)", Files.size(warc) / 1e6,
                IngestBench.load());
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        long start = System.nanoTime();
        HttpResponse<String> started = http.send(request(base + "/api/imports?name=bench.warc.gz")
                .header("Content-Type", "application/warc").POST(HttpRequest.BodyPublishers.ofFile(warc)).build(),
                HttpResponse.BodyHandlers.ofString());
        String id = json.readTree(started.body()).path("id").asText();
        System.out.printf("uploaded in %.1f s (%s)%n", (System.nanoTime() - start) / 1e9, started.statusCode());
        System.out.println("progress: t(s) recordsRead stored rate-in-window(rec/s) rssMB heapMB load");
        JsonNode done;
        long lastSample = System.nanoTime();
        long lastRead = 0;
        while (true) {
            done = json.readTree(http.send(request(base + "/api/imports/" + id).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (List.of("done", "failed", "cancelled").contains(done.path("status").asText())) {
                break;
            }
            if (System.nanoTime() - lastSample > 30_000_000_000L) {
                long read = done.path("recordsRead").asLong();
                System.out.printf("progress: %.0f %d %d %.1f %s %s %s%n", (System.nanoTime() - start) / 1e9, read,
                        done.path("stored").asLong(), (read - lastRead) / ((System.nanoTime() - lastSample) / 1e9),
                        IngestBench.vm(pid, "VmRSS"), heapMb(http, base), IngestBench.load());
                lastSample = System.nanoTime();
                lastRead = read;
            }
            Thread.sleep(200);
        }
        double imported = (System.nanoTime() - start) / 1e9;
        System.out.printf("import %s: %s, %d records read, %d stored, %d duplicates, skipped %s, failed %s%n", id,
                done.path("status").asText(), done.path("recordsRead").asLong(), done.path("stored").asLong(),
                done.path("duplicates").asLong(), done.path("skipped"), done.path("failed"));
        System.out.printf("import without matching: %.2f pages/s (%.1f s, upload included), load %s%n", records / imported,
                imported, IngestBench.load());
        if (generated) {
            System.out.printf("service RSS at the end %s, peak (VmHWM) %s%n", IngestBench.vm(pid, "VmRSS"),
                    IngestBench.vm(pid, "VmHWM"));
            return;
        }
        while (backlog(http, json, base) > 0) {
            Thread.sleep(500);
        }
        double matched = (System.nanoTime() - start) / 1e9;
        Files.delete(warc);
        System.out.printf("import with matching done: %.2f pages/s (%.1f s)%n", records / matched, matched);
        double parse = IngestBench.parse(pages, passes);
        System.out.printf("Jsoup parse-only (2 threads): %.2f pages/s (%.1f s), load %s%n", records / parse, parse,
                IngestBench.load());
        System.out.printf("ratio without matching: %.1f%%, with matching: %.1f%%%n", 100 * parse / imported,
                100 * parse / matched);
        System.out.printf("service peak RSS (VmHWM): %s%n", IngestBench.vm(pid, "VmHWM"));
    }

    /** A gzip WARC in a temporary file: one response record per corpus page and pass, distinct URLs per pass. */
    static Path corpusWarc(List<IngestBench.Page> pages, int passes) throws Exception {
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
        return warc;
    }

    /** A request with the bench's bearer token (the service's bootstrap admin token), when one is set. */
    static HttpRequest.Builder request(String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        return TOKEN == null || TOKEN.isEmpty() ? b : b.header("Authorization", "Bearer " + TOKEN);
    }

    /** Heap in use (all heap pools) from /q/metrics, in MB. */
    static String heapMb(HttpClient http, String base) {
        try {
            String body = http.send(request(base + "/q/metrics").build(), HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "(?m)^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.Ee+]+)").matcher(body);
            double sum = 0;
            while (m.find()) {
                sum += Double.parseDouble(m.group(1));
            }
            return String.format("%.0f", sum / 1024 / 1024);
        } catch (Exception e) {
            return "?";
        }
    }

    static long backlog(HttpClient http, ObjectMapper json, String base) throws Exception {
        long pending = 0;
        for (String status : List.of("queued", "running")) {
            pending += json.readTree(http.send(request(base + "/api/jobs?kind=reuse-match&status=" + status + "&size=1")
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).path("total").asLong();
        }
        return pending;
    }
}
