import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;

/**
 * A simulated news web for the polling benchmark (bench/sources.sh): one HTTP server on one port answering for many
 * hosts, the loopback addresses 127.0.X.Y (Linux routes all of 127.0.0.0/8 to the loopback interface, so a server bound
 * to 0.0.0.0 gets them all; the Host header names the site). Site n (0-based) is 127.0.(1 + n / 250).(1 + n % 250).
 *
 * <p>Every site publishes items over time (a Poisson process whose mean gap is drawn per site, log-uniform between
 * {@code minGap} and {@code maxGap} minutes; the same seed gives the same web), each at a whole second so the feed's
 * date is exact. Before the server starts every site already has {@value #BACKLOG} items. Pages:
 * <ul>
 *   <li>{@code /robots.txt}: allows everything; every 50th site asks for {@code Crawl-delay: 3}.</li>
 *   <li>{@code /feed.xml}: the newest {@value #FEED_ITEMS} published items, RSS 2.0 (every fourth site Atom 1.0), with
 *   an {@code ETag} and {@code Last-Modified}; a matching {@code If-None-Match} or {@code If-Modified-Since} gets 304.</li>
 *   <li>{@code /news/N.html}: item N's article: a page of ~20-30 KB of markup around 350-1,000 words generated from the
 *   site's and item's seeds (no two pages alike), a byline, a dateline credit to an agency in one page of five, and an
 *   {@code ETag}. An item not yet published is 404.</li>
 * </ul>
 * Every request is logged to the log file as {@code host,path,status,startMicros,endMicros} (epoch microseconds; end is
 * when the response body was written), which the benchmark reads to check politeness. {@code
 * http://127.0.0.1:PORT/__published?since=EPOCH_SECOND} answers how many items all sites published since then (not
 * logged: it is the benchmark's question, not the service's).
 *
 * <p>Usage: {@code java tools/simweb/SimulatedNewsWeb.java port sites logFile [seed=16] [minGapMinutes=10]
 * [maxGapMinutes=180]}. Prints {@code ready} when listening.
 */
public class SimulatedNewsWeb {

    static final int BACKLOG = 20;
    static final int FEED_ITEMS = 20;
    static final int SITES_PER_OCTET = 250;
    static final String[] AGENCIES = {"AFP", "Reuters", "AP", "dpa", "EFE"};
    static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final Site[] sites;
    private final BufferedWriter log;
    private final long startSecond;
    private final long nanoBase = System.nanoTime();
    private final long microBase = Instant.now().toEpochMilli() * 1000;

    /** One site: its item times (epoch seconds, ascending; items before the start are its backlog). */
    record Site(int index, String host, String base, boolean atom, int crawlDelay, long[] times) {

        /** How many items are published at {@code nowSecond}. */
        int published(long nowSecond) {
            int lo = 0, hi = times.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (times[mid] <= nowSecond) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    SimulatedNewsWeb(int port, int count, long seed, double minGap, double maxGap, Path logFile, long horizonSeconds)
            throws IOException {
        this.startSecond = Instant.now().getEpochSecond();
        this.sites = new Site[count];
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < count; n++) {
            SplittableRandom r = random.split();
            double gapMinutes = Math.exp(Math.log(minGap) + r.nextDouble() * (Math.log(maxGap) - Math.log(minGap)));
            List<Long> times = new ArrayList<>();
            long t = startSecond - 1;
            for (int i = 0; i < BACKLOG; i++) {
                times.add(0, t);
                t -= Math.max(1, (long) (-Math.log(1 - r.nextDouble()) * gapMinutes * 60));
            }
            t = startSecond;
            while (t < startSecond + horizonSeconds) {
                t += Math.max(1, (long) (-Math.log(1 - r.nextDouble()) * gapMinutes * 60));
                times.add(t);
            }
            sites[n] = new Site(n, host(n), "http://" + host(n) + ":" + port, n % 4 == 3, n % 50 == 49 ? 3 : 0,
                    times.stream().mapToLong(Long::longValue).toArray());
        }
        this.log = logFile == null ? null : Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
    }

    static String host(int n) {
        return "127.0." + (1 + n / SITES_PER_OCTET) + "." + (1 + n % SITES_PER_OCTET);
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("warc")) {
            writeWarc(Path.of(args[1]), Integer.parseInt(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 17);
            return;
        }
        int port = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        Path logFile = Path.of(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 16;
        double minGap = args.length > 4 ? Double.parseDouble(args[4]) : 10;
        double maxGap = args.length > 5 ? Double.parseDouble(args[5]) : 180;
        SimulatedNewsWeb web = new SimulatedNewsWeb(port, count, seed, minGap, maxGap, logFile, 6 * 3600);
        HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", port), 512);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", web::handle);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(web::flush));
        Thread flusher = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
                web.flush();
            }
        });
        flusher.setDaemon(true);
        flusher.start();
        System.out.println("ready");
    }

    /**
     * Writes a gzip WARC of {@code records} {@code response} records: the article pages of 2,000 sites (items spread
     * over the 30 days before 2026-11-01, so WARC-Dates span a month as a CC-NEWS month does), in date order.
     */
    static void writeWarc(Path out, int records, long seed) throws IOException {
        int count = 2000;
        long horizon = 30L * 24 * 3600;
        long end = Instant.parse("2026-11-01T00:00:00Z").getEpochSecond();
        // mean gap so that the sites publish about `records` items in the month
        double gapMinutes = horizon / 60.0 * count / records;
        SimulatedNewsWeb web = new SimulatedNewsWeb(80, count, seed, gapMinutes, gapMinutes, null, 0);
        java.util.PriorityQueue<long[]> next = new java.util.PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        for (Site site : web.sites) {
            next.add(new long[] {itemTime(site, 0, end - horizon, gapMinutes), site.index(), 0});
        }
        try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(Files.newByteChannel(out,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
            for (int n = 0; n < records; n++) {
                long[] head = next.poll();
                Site site = web.sites[(int) head[1]];
                int item = (int) head[2];
                byte[] body = Articles.page(site, item, head[0]).getBytes(StandardCharsets.UTF_8);
                writer.write(new org.netpreserve.jwarc.WarcResponse.Builder(
                        java.net.URI.create("http://news" + site.index() + ".example/news/" + item + ".html")).date(Instant.ofEpochSecond(head[0]))
                        .body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK").body(
                                org.netpreserve.jwarc.MediaType.parse("text/html;charset=utf-8"), body).build()).build());
                next.add(new long[] {itemTime(site, item + 1, head[0], gapMinutes), site.index(), item + 1});
            }
        }
    }

    /** The publication time of a site's item in WARC mode: the previous one's plus an exponential gap. */
    private static long itemTime(Site site, int item, long after, double gapMinutes) {
        SplittableRandom r = new SplittableRandom(site.index() * 7_777_777L + item);
        return after + Math.max(1, (long) (-Math.log(1 - r.nextDouble()) * gapMinutes * 60));
    }

    synchronized void flush() {
        try {
            log.flush();
        } catch (IOException e) {
            System.err.println("log: " + e);
        }
    }

    private long micros() {
        return microBase + (System.nanoTime() - nanoBase) / 1000;
    }

    void handle(HttpExchange exchange) throws IOException {
        long start = micros();
        String hostHeader = exchange.getRequestHeaders().getFirst("Host");
        String host = hostHeader == null ? "" : hostHeader.replaceFirst(":\\d+$", "");
        String path = exchange.getRequestURI().getRawPath();
        if (host.equals("127.0.0.1") && path.equals("/__published")) {
            respond(exchange, 200, "text/plain", Long.toString(publishedSince(exchange.getRequestURI().getQuery())), null,
                    null);
            return; // the benchmark's own question, not a request of the service: not logged
        }
        int status;
        try {
            Site site = site(host);
            status = site == null ? respond(exchange, 404, "text/plain", "no such site", null, null)
                    : serve(exchange, site, path);
        } catch (RuntimeException e) {
            status = respond(exchange, 500, "text/plain", e.toString(), null, null);
        }
        long end = micros();
        synchronized (this) {
            log.write(host + "," + path + "," + status + "," + start + "," + end + "\n");
        }
    }

    /** Items of all sites published after {@code since=EPOCH_SECOND} and until now. */
    private long publishedSince(String query) {
        long since = query != null && query.startsWith("since=") ? Long.parseLong(query.substring(6)) : startSecond;
        long now = Instant.now().getEpochSecond();
        long count = 0;
        for (Site site : sites) {
            count += site.published(now) - site.published(since);
        }
        return count;
    }

    private Site site(String host) {
        String[] parts = host.split("\\.");
        if (parts.length != 4 || !parts[0].equals("127") || !parts[1].equals("0")) {
            return null;
        }
        try {
            int n = (Integer.parseInt(parts[2]) - 1) * SITES_PER_OCTET + Integer.parseInt(parts[3]) - 1;
            return n >= 0 && n < sites.length && Integer.parseInt(parts[3]) <= SITES_PER_OCTET ? sites[n] : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int serve(HttpExchange exchange, Site site, String path) throws IOException {
        long now = Instant.now().getEpochSecond();
        int published = site.published(now);
        if (path.equals("/robots.txt")) {
            String body = "User-agent: *\nAllow: /\n" + (site.crawlDelay() > 0 ? "Crawl-delay: " + site.crawlDelay() + "\n" : "");
            return respond(exchange, 200, "text/plain", body, null, null);
        }
        if (path.equals("/feed.xml")) {
            String etag = "\"" + site.index() + "-" + published + "\"";
            String lastModified = RFC_1123.format(Instant.ofEpochSecond(site.times()[published - 1]).atOffset(ZoneOffset.UTC));
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            if (etag.equals(ifNoneMatch) || (ifNoneMatch == null && lastModified.equals(ifModifiedSince))) {
                return respond(exchange, 304, null, null, etag, lastModified);
            }
            String body = site.atom() ? atom(site, published) : rss(site, published);
            return respond(exchange, 200, site.atom() ? "application/atom+xml" : "application/rss+xml", body, etag,
                    lastModified);
        }
        if (path.startsWith("/news/") && path.endsWith(".html")) {
            int item;
            try {
                item = Integer.parseInt(path.substring(6, path.length() - 5));
            } catch (NumberFormatException e) {
                return respond(exchange, 404, "text/plain", "no such page", null, null);
            }
            if (item < 0 || item >= published) {
                return respond(exchange, 404, "text/plain", "no such page", null, null);
            }
            String etag = "\"a" + site.index() + "-" + item + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                return respond(exchange, 304, null, null, etag, null);
            }
            return respond(exchange, 200, "text/html; charset=utf-8", Articles.page(site, item), etag, null);
        }
        return respond(exchange, 404, "text/plain", "no such page", null, null);
    }

    private static String rss(Site site, int published) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(Articles.siteName(site)).append("</title><link>").append(site.base())
                .append("/</link><description>News from ").append(Articles.siteName(site)).append("</description>");
        for (int i = published - 1; i >= Math.max(0, published - FEED_ITEMS); i--) {
            String url = site.base() + "/news/" + i + ".html";
            b.append("<item><title>").append(Articles.headline(site, i)).append("</title><link>").append(url)
                    .append("</link><guid>").append(url).append("</guid><pubDate>")
                    .append(RFC_1123.format(Instant.ofEpochSecond(site.times()[i]).atOffset(ZoneOffset.UTC)))
                    .append("</pubDate><description>").append(Articles.headline(site, i)).append("</description></item>");
        }
        return b.append("</channel></rss>\n").toString();
    }

    private static String atom(Site site, int published) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>")
                .append(Articles.siteName(site)).append("</title><id>").append(site.base()).append("/</id><updated>")
                .append(Instant.ofEpochSecond(site.times()[published - 1])).append("</updated>");
        for (int i = published - 1; i >= Math.max(0, published - FEED_ITEMS); i--) {
            String url = site.base() + "/news/" + i + ".html";
            String when = Instant.ofEpochSecond(site.times()[i]).toString();
            b.append("<entry><title>").append(Articles.headline(site, i)).append("</title><link href=\"").append(url)
                    .append("\"/><id>").append(url).append("</id><published>").append(when).append("</published><updated>")
                    .append(when).append("</updated></entry>");
        }
        return b.append("</feed>\n").toString();
    }

    private static int respond(HttpExchange exchange, int status, String type, String body, String etag,
                               String lastModified) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        if (etag != null) {
            exchange.getResponseHeaders().set("ETag", etag);
        }
        if (lastModified != null) {
            exchange.getResponseHeaders().set("Last-Modified", lastModified);
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, status == 304 || bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        return status;
    }

    /** Generated article pages: words from a fixed vocabulary, sentences seeded by site and item. */
    static final class Articles {
        private static final String[] WORDS = vocabulary();
        private static final String[] FIRST = {"Maria", "John", "Aiko", "Kwame", "Elena", "Pierre", "Sofia", "Ravi",
                "Lena", "Omar", "Grace", "Tomas"};
        private static final String[] LAST = {"Okafor", "Silva", "Tanaka", "Novak", "Dubois", "Haddad", "Moreau",
                "Kowalski", "Mensah", "Larsen", "Iyer", "Costa"};

        /** ~4,000 pronounceable words from syllables: enough that two generated texts share few five-word runs. */
        private static String[] vocabulary() {
            String[] syllables = {"ba", "ker", "lo", "min", "sta", "ve", "ri", "tor", "al", "pen", "do", "gra", "su",
                    "mer", "ti", "con", "na", "fel", "ho", "rup"};
            List<String> words = new ArrayList<>();
            SplittableRandom r = new SplittableRandom(42);
            while (words.size() < 4000) {
                int n = 1 + r.nextInt(3);
                StringBuilder w = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    w.append(syllables[r.nextInt(syllables.length)]);
                }
                words.add(w.toString());
            }
            for (String common : "the of and to in a is that for on with as by at from said has was it".split(" ")) {
                for (int i = 0; i < 40; i++) {
                    words.add(common);
                }
            }
            return words.toArray(String[]::new);
        }

        static String siteName(Site site) {
            return "Daily " + capital(WORDS[(site.index() * 7919) % 4000]) + " " + site.index();
        }

        static String headline(Site site, int item) {
            SplittableRandom r = new SplittableRandom(site.index() * 1_000_003L + item * 31L + 7);
            StringBuilder b = new StringBuilder(capital(WORDS[r.nextInt(4000)]));
            for (int i = 0; i < 6 + r.nextInt(5); i++) {
                b.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
            }
            return b.toString();
        }

        static String page(Site site, int item) {
            return page(site, item, site.times()[item]);
        }

        /** Item {@code item} of the site, published at {@code epochSecond}. */
        static String page(Site site, int item, long epochSecond) {
            SplittableRandom r = new SplittableRandom(site.index() * 1_000_003L + item * 31L + 11);
            String title = headline(site, item);
            String author = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            String when = Instant.ofEpochSecond(epochSecond).toString();
            StringBuilder b = new StringBuilder(20_000);
            b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title).append(" | ")
                    .append(siteName(site)).append("</title><meta property=\"og:title\" content=\"").append(title)
                    .append("\"><meta property=\"og:site_name\" content=\"").append(siteName(site))
                    .append("\"><meta property=\"article:published_time\" content=\"").append(when)
                    .append("\"><link rel=\"stylesheet\" href=\"/s.css\"></head><body><header><nav><ul>");
            for (String section : List.of("World", "Politics", "Business", "Science", "Sport", "Culture", "Opinion")) {
                b.append("<li><a href=\"/").append(section.toLowerCase(Locale.ROOT)).append("/\">").append(section)
                        .append("</a></li>");
            }
            b.append("</ul></nav></header><main><article><h1>").append(title).append("</h1><p class=\"byline\">By ")
                    .append(author).append("</p><time datetime=\"").append(when).append("\">").append(when)
                    .append("</time>");
            int paragraphs = 8 + r.nextInt(10);
            for (int p = 0; p < paragraphs; p++) {
                b.append("<p>");
                if (p == 0 && item % 5 == 0) {
                    b.append(capital(WORDS[r.nextInt(4000)])).append(" (").append(AGENCIES[r.nextInt(AGENCIES.length)])
                            .append(") — ");
                }
                int sentences = 3 + r.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    int words = 8 + r.nextInt(14);
                    b.append(capital(WORDS[r.nextInt(WORDS.length)]));
                    for (int w = 1; w < words; w++) {
                        b.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
                    }
                    b.append(". ");
                }
                b.append("</p>");
            }
            b.append("</article><aside><h2>Most read</h2><ul>");
            for (int i = 1; i <= 8; i++) {
                b.append("<li><a href=\"/news/").append(Math.max(0, item - i)).append(".html\">")
                        .append(headline(site, Math.max(0, item - i))).append("</a></li>");
            }
            b.append("</ul><h2>More news</h2><ul>");
            for (int i = 9; i <= 48; i++) {
                int other = Math.max(0, item - i);
                b.append("<li class=\"teaser\"><a href=\"/news/").append(other).append(".html\"><img src=\"/img/")
                        .append(other).append(".jpg\" alt=\"\" width=\"120\" height=\"80\">")
                        .append(headline(site, other)).append("</a></li>");
            }
            b.append("</ul></aside></main><script>window.siteConfig={");
            for (int i = 0; i < 120; i++) {
                b.append("\"slot").append(i).append("\":{\"size\":[300,250],\"targeting\":{\"section\":\"news\",\"pos\":")
                        .append(i).append("}},");
            }
            b.append("};</script><footer><p>© 2026 ").append(siteName(site))
                    .append(". All rights reserved.</p><p><a href=\"/about\">About us</a> · <a href=\"/contact\">Contact</a>")
                    .append(" · <a href=\"/privacy\">Privacy</a></p></footer></body></html>\n");
            return b.toString();
        }

        private static String capital(String w) {
            return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
    }
}
