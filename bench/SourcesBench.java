import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polling benchmark against the simulated news web (tools/simweb/SimulatedNewsWeb.java); see bench/sources.sh.
 * Registers the sites' feeds through {@code POST /api/sources} in stages, samples the service while it polls (every
 * {@value #SAMPLE_SECONDS} s: process CPU, RSS, heap in use, queue depth by kind, feed requests, articles), then reads
 * the simulated web's request log and the database to report polls per minute, politeness (per host: no two requests
 * at once, never less than the host's delay between the end of one and the start of the next), and the latency from
 * an item's publication in its feed to its stored article.
 *
 * <p>Usage: java -cp CP bench/SourcesBench.java baseUrl servicePid webPort webLog jdbcUrl stages stageSeconds
 * steadySeconds minInterval maxInterval minHostDelaySeconds (token in WIRETRACE_AUTH_BOOTSTRAP_TOKEN)
 */
public class SourcesBench {

    static final int SAMPLE_SECONDS = 15;
    /**
     * The web logs a request's end after it wrote the response; the service may have read the whole body (and ended
     * its turn) a little before that, so a gap measured at the web can be short of the service's by this much.
     */
    static final double SKEW = 0.005;
    static final int SITES_PER_OCTET = 250;
    static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.Ee+]+)", Pattern.MULTILINE);

    final String base;
    final long pid;
    final int webPort;
    final Path webLog;
    final String jdbcUrl;
    final String token = System.getenv("WIRETRACE_AUTH_BOOTSTRAP_TOKEN");
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final List<String> samples = new ArrayList<>();
    long lastCpuTicks = -1;
    long lastSampleNanos;

    SourcesBench(String[] args) {
        base = args[0];
        pid = Long.parseLong(args[1]);
        webPort = Integer.parseInt(args[2]);
        webLog = Path.of(args[3]);
        jdbcUrl = args[4];
    }

    public static void main(String[] args) throws Exception {
        SourcesBench bench = new SourcesBench(args);
        int[] stages = Arrays.stream(args[5].split(",")).mapToInt(Integer::parseInt).toArray();
        int stageSeconds = Integer.parseInt(args[6]);
        int steadySeconds = Integer.parseInt(args[7]);
        String min = args[8];
        String max = args[9];
        double hostDelay = Double.parseDouble(args[10]);
        bench.run(stages, stageSeconds, steadySeconds, min, max, hostDelay);
    }

    void run(int[] stages, int stageSeconds, int steadySeconds, String min, String max, double hostDelay)
            throws Exception {
        long runStart = Instant.now().getEpochSecond();
        System.out.printf("start %s, load %s%n", Instant.ofEpochSecond(runStart), load());
        System.out.println("sample: t(s) sources load cpu% rssMB heapMB feedReq articles queue(kind=queued/running)");
        int registered = 0;
        List<String> stageLines = new ArrayList<>();
        for (int stage = 0; stage < stages.length; stage++) {
            long t0 = System.nanoTime();
            Map<Integer, AtomicInteger> statuses = register(registered, stages[stage], min, max);
            double took = (System.nanoTime() - t0) / 1e9;
            System.out.printf("registered sources %d..%d in %.1f s (%.1f/s), statuses %s%n", registered + 1,
                    stages[stage], took, (stages[stage] - registered) / took, statuses);
            registered = stages[stage];
            int seconds = stage == stages.length - 1 ? steadySeconds : stageSeconds;
            long windowStart = Instant.now().getEpochSecond();
            List<double[]> window = sampleFor(seconds, runStart, registered);
            stageLines.add(stageSummary(registered, windowStart, window));
        }
        long runEnd = Instant.now().getEpochSecond();
        System.out.println();
        System.out.println("per stage (window after registering; cpu% of one core, heap = lowest sample in the window):");
        stageLines.forEach(System.out::println);
        report(runStart, runEnd, hostDelay);
    }

    /** Registers sites from..to-1 (0-based) from 16 threads (each creation reads robots.txt, waits the host delay, reads the feed); returns HTTP statuses counted. */
    Map<Integer, AtomicInteger> register(int from, int to, String min, String max) throws InterruptedException {
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        for (int n = from; n < to; n++) {
            String host = "127.0." + (1 + n / SITES_PER_OCTET) + "." + (1 + n % SITES_PER_OCTET);
            String body = "{\"url\":\"http://" + host + ":" + webPort + "/feed.xml\",\"minInterval\":\"" + min
                    + "\",\"maxInterval\":\"" + max + "\"}";
            pool.submit(() -> {
                int status;
                try {
                    status = http.send(request("/api/sources").POST(HttpRequest.BodyPublishers.ofString(body))
                            .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString())
                            .statusCode();
                } catch (IOException | InterruptedException e) {
                    status = -1;
                }
                statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return new TreeMap<>(statuses);
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        return token == null || token.isEmpty() ? b : b.header("Authorization", "Bearer " + token);
    }

    /** Samples every SAMPLE_SECONDS for {@code seconds}; each sample: cpu%, rss MB, heap MB, feed requests so far. */
    List<double[]> sampleFor(int seconds, long runStart, int sources) throws Exception {
        List<double[]> window = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            Thread.sleep(SAMPLE_SECONDS * 1000L);
            double cpu = cpuPercent();
            double rss = rssMb();
            double heap = heapMb();
            long feeds = feedRequests();
            String queue;
            long articles;
            try (Connection c = db(); Statement s = c.createStatement()) {
                articles = single(s, "SELECT count(*) FROM article");
                StringBuilder q = new StringBuilder();
                try (ResultSet r = s.executeQuery("SELECT kind, count(*) FILTER (WHERE status = 'queued'), count(*) "
                        + "FILTER (WHERE status = 'running') FROM job WHERE status IN ('queued', 'running') GROUP BY kind ORDER BY kind")) {
                    while (r.next()) {
                        q.append(' ').append(r.getString(1)).append('=').append(r.getLong(2)).append('/').append(r.getLong(3));
                    }
                }
                queue = q.toString();
            }
            String line = String.format("sample: %d %d %s %.0f %.0f %.0f %d %d%s", Instant.now().getEpochSecond() - runStart,
                    sources, load(), cpu, rss, heap, feeds, articles, queue);
            System.out.println(line);
            window.add(new double[] {Instant.now().getEpochSecond(), cpu, rss, heap, feeds});
        }
        return window;
    }

    String stageSummary(int sources, long windowStart, List<double[]> window) {
        double cpu = window.stream().mapToDouble(w -> w[1]).average().orElse(0);
        double rss = window.stream().mapToDouble(w -> w[2]).max().orElse(0);
        double heap = window.stream().mapToDouble(w -> w[3]).min().orElse(0);
        double minutes = (window.get(window.size() - 1)[0] - windowStart) / 60.0;
        long feeds = feedRequestsBetween(windowStart, (long) window.get(window.size() - 1)[0]);
        return String.format("  %d sources: feed polls %.0f/min, cpu %.0f%%, rss max %.0f MB, heap low %.0f MB, load %s",
                sources, feeds / minutes, cpu, rss, heap, load());
    }

    double cpuPercent() throws IOException {
        String[] f = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceFirst("^.*\\) ", "").split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
        long now = System.nanoTime();
        double pct = lastCpuTicks < 0 ? 0 : (ticks - lastCpuTicks) / 100.0 / ((now - lastSampleNanos) / 1e9) * 100;
        lastCpuTicks = ticks;
        lastSampleNanos = now;
        return pct;
    }

    double rssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return -1;
    }

    double heapMb() {
        try {
            String body = http.send(request("/q/metrics").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = HEAP.matcher(body);
            double sum = 0;
            while (m.find()) {
                sum += Double.parseDouble(m.group(1));
            }
            return sum / 1024 / 1024;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    long feedRequests() throws IOException {
        return Files.lines(webLog).filter(l -> l.contains(",/feed.xml,")).count();
    }

    long feedRequestsBetween(long fromSecond, long toSecond) {
        try {
            return Files.lines(webLog).map(Req::parse).filter(r -> r.path().equals("/feed.xml")
                    && r.start() >= fromSecond * 1_000_000 && r.start() < toSecond * 1_000_000).count();
        } catch (IOException e) {
            return -1;
        }
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, System.getenv().getOrDefault("PGUSER", "postgres"),
                System.getenv().getOrDefault("PGPASSWORD", ""));
    }

    static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    record Req(String host, String path, int status, long start, long end) {
        static Req parse(String line) {
            String[] f = line.split(",");
            return new Req(f[0], f[1], Integer.parseInt(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]));
        }

        String kind() {
            if (path.equals("/robots.txt")) {
                return "robots.txt " + status;
            }
            if (path.equals("/feed.xml")) {
                return "feed " + status;
            }
            return (path.startsWith("/news/") ? "article " : "other ") + status;
        }
    }

    void report(long runStart, long runEnd, double hostDelay) throws Exception {
        Thread.sleep(3000); // the web's log is flushed every 2 s
        List<Req> requests = Files.lines(webLog).filter(l -> !l.isBlank()).map(Req::parse).toList();
        System.out.printf("%nrequests seen by the simulated web: %d over %d s%n", requests.size(), runEnd - runStart);
        Map<String, Long> kinds = new TreeMap<>();
        requests.forEach(r -> kinds.merge(r.kind(), 1L, Long::sum));
        System.out.println("  by kind: " + kinds);
        politeness(requests, hostDelay);
        pollRate(requests, runStart, runEnd);
        latency(runStart);
        try (Connection c = db(); Statement s = c.createStatement()) {
            System.out.println("queue at the end (kind status count):");
            try (ResultSet r = s.executeQuery("SELECT kind, status, count(*) FROM job GROUP BY 1, 2 ORDER BY 1, 2")) {
                while (r.next()) {
                    System.out.printf("  %s %s %d%n", r.getString(1), r.getString(2), r.getLong(3));
                }
            }
            System.out.println("source_item states: ");
            try (ResultSet r = s.executeQuery("SELECT state, count(*) FROM source_item GROUP BY 1 ORDER BY 1")) {
                while (r.next()) {
                    System.out.printf("  %s %d%n", r.getString(1), r.getLong(2));
                }
            }
            System.out.println("last poll status of sources, current interval (s) p50 / max: ");
            try (ResultSet r = s.executeQuery("SELECT last_poll_status, count(*), percentile_cont(0.5) WITHIN GROUP "
                    + "(ORDER BY interval_ms) / 1000, max(interval_ms) / 1000 FROM source GROUP BY 1 ORDER BY 1")) {
                while (r.next()) {
                    System.out.printf("  %s %d sources, interval p50 %.0f s, max %.0f s%n", r.getString(1), r.getLong(2),
                            r.getDouble(3), r.getDouble(4));
                }
            }
            System.out.println("alerts: " + single(s, "SELECT count(*) FROM source WHERE alert_reason IS NOT NULL"));
        }
    }

    /** Per host: overlapping requests, and gaps (end of one to start of the next) below the host's delay. */
    static void politeness(List<Req> requests, double hostDelay) {
        Map<String, List<Req>> byHost = new HashMap<>();
        requests.forEach(r -> byHost.computeIfAbsent(r.host(), h -> new ArrayList<>()).add(r));
        long overlaps = 0, tooSoon = 0, tooSoonBeyondSkew = 0, pairs = 0;
        double minGap = Double.MAX_VALUE, minGapSlow = Double.MAX_VALUE;
        int maxPerMinute = 0;
        for (Map.Entry<String, List<Req>> e : byHost.entrySet()) {
            List<Req> list = new ArrayList<>(e.getValue());
            list.sort((a, b) -> Long.compare(a.start(), b.start()));
            boolean slow = siteIndex(e.getKey()) % 50 == 49; // asks for Crawl-delay: 3
            double delay = slow ? Math.max(3, hostDelay) : hostDelay;
            for (int i = 1; i < list.size(); i++) {
                pairs++;
                double gap = (list.get(i).start() - list.get(i - 1).end()) / 1e6;
                if (gap < 0) {
                    overlaps++;
                }
                if (gap < delay) {
                    tooSoon++;
                    System.out.printf("  %s: %.4f s between %s and %s%n", e.getKey(), gap, list.get(i - 1).path(),
                            list.get(i).path());
                }
                if (gap < delay - SKEW) {
                    tooSoonBeyondSkew++;
                }
                if (slow) {
                    minGapSlow = Math.min(minGapSlow, gap);
                } else {
                    minGap = Math.min(minGap, gap);
                }
            }
            for (int i = 0, j = 0; i < list.size(); i++) {
                while (list.get(i).start() - list.get(j).start() >= 60_000_000L) {
                    j++;
                }
                maxPerMinute = Math.max(maxPerMinute, i - j + 1);
            }
        }
        System.out.printf("politeness over %d hosts, %d consecutive request pairs: %d overlapping, %d closer than the "
                        + "host's delay (%.1f s; 3 s on Crawl-delay hosts), %d of them by more than the web's %.0f ms timing skew; least gap %.4f s (Crawl-delay hosts %s); "
                        + "most requests to one host in any 60 s: %d%n", byHost.size(), pairs, overlaps, tooSoon, hostDelay, tooSoonBeyondSkew, SKEW * 1000,
                minGap, minGapSlow == Double.MAX_VALUE ? "none" : String.format("%.4f s", minGapSlow), maxPerMinute);
    }

    static int siteIndex(String host) {
        String[] p = host.split("\\.");
        return (Integer.parseInt(p[2]) - 1) * SITES_PER_OCTET + Integer.parseInt(p[3]) - 1;
    }

    /** Feed requests per minute of the run, and fetches of every kind per second over the run. */
    static void pollRate(List<Req> requests, long runStart, long runEnd) {
        Map<Long, Long> perMinute = new TreeMap<>();
        requests.stream().filter(r -> r.path().equals("/feed.xml"))
                .forEach(r -> perMinute.merge((r.start() / 1_000_000 - runStart) / 60, 1L, Long::sum));
        System.out.println("feed polls per minute of the run (minute: polls): " + perMinute);
        System.out.printf("requests of every kind: %.2f/s over the run%n", requests.size() / (double) (runEnd - runStart));
    }

    /**
     * Items published after the run started and after their source's first poll: delay from the feed's publication time
     * (exact to the second: the simulated web publishes on whole seconds) to the article's stored time.
     */
    void latency(long runStart) throws Exception {
        long published = Long.parseLong(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort
                + "/__published?since=" + runStart)).build(), HttpResponse.BodyHandlers.ofString()).body().trim());
        try (Connection c = db(); Statement s = c.createStatement()) {
            List<double[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT extract(epoch FROM a.created_at - i.published_at), "
                    + "extract(epoch FROM i.first_seen_at - i.published_at), src.interval_ms / 1000.0 "
                    + "FROM source_item i JOIN source src ON src.id = i.source_id JOIN article a ON a.id = i.article_id "
                    + "WHERE i.published_at > src.first_polled_at AND i.published_at >= to_timestamp(" + runStart + ")")) {
                while (r.next()) {
                    rows.add(new double[] {r.getDouble(1), r.getDouble(2), r.getDouble(3)});
                }
            }
            long waiting = single(s, "SELECT count(*) FROM source_item i JOIN source src ON src.id = i.source_id "
                    + "WHERE i.published_at > src.first_polled_at AND i.state <> 'ingested'");
            double[] stored = rows.stream().mapToDouble(x -> x[0]).sorted().toArray();
            double[] seen = rows.stream().mapToDouble(x -> x[1]).sorted().toArray();
            long within = rows.stream().filter(x -> x[0] <= x[2] + 60).count();
            System.out.printf("items published during the run: %d (all sites; before a source's first poll included); "
                    + "stored after their source's first poll: %d, listed but not yet stored at the end: %d%n", published,
                    rows.size(), waiting);
            if (stored.length > 0) {
                System.out.printf("publication -> seen in a poll: p50 %.0f s, p95 %.0f s, max %.0f s%n", pct(seen, 50),
                        pct(seen, 95), seen[seen.length - 1]);
                System.out.printf("publication -> article stored: p50 %.0f s, p95 %.0f s, max %.0f s; within the "
                                + "source's current interval + 60 s: %d of %d (%.1f%%)%n", pct(stored, 50), pct(stored, 95),
                        stored[stored.length - 1], within, rows.size(), 100.0 * within / rows.size());
            }
        }
    }

    static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
