import io.wiretrace.reuse.Candidate;
import io.wiretrace.reuse.CandidatePolicy;
import io.wiretrace.reuse.Fingerprint;
import io.wiretrace.reuse.Fingerprinter;
import io.wiretrace.reuse.PairComparer;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.reuse.SyntheticArticle;
import io.wiretrace.reuse.SyntheticCorpusGenerator;
import io.wiretrace.store.ReuseIndexStore;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Text-reuse scale benchmark on PostgreSQL. Builds a synthetic corpus (SyntheticCorpusGenerator, seed 2026, 15%
 * injected reuse) into a fresh database that has the project's own schema (migrations/V*.sql applied in order), with
 * one minimal `article` row per synthetic article so the reuse_key FK holds. Loading grows the same database through
 * each requested size (prefixes of one corpus), and at each size measures, for the next articles that are not yet
 * indexed (as at ingest time): candidate-lookup latency of ReuseIndexStore.candidates(Connection, ...) (the service's
 * own lookup code, including the commit of the stop keys it may append) with CandidatePolicy.DEFAULT, recall of injected reuse whose containment is
 * >= 0.3, candidates that are not related to the query by injected reuse, and false verified matches.
 *
 * Usage: java -cp CP bench/ReuseScaleBench.java jdbcUrl size1 [size2 ...]
 */
public class ReuseScaleBench {

    static final int BATCH = 5_000;
    static final int LATENCY_QUERIES = 1_000;
    static final int EXTRA_RECALL_SPAN = 2_000;
    static final long SEED = 2026L;
    static final double REUSE_SHARE = 0.15;

    final SyntheticCorpusGenerator gen = new SyntheticCorpusGenerator(SEED, REUSE_SHARE);
    final Fingerprinter fingerprinter = new Fingerprinter();
    final PairComparer comparer = PairComparer.lexical();
    int[] source; // injected source index, -1 for originals

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int[] sizes = Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray();
        new ReuseScaleBench().run(url, sizes);
    }

    void run(String url, int[] sizes) throws Exception {
        int max = Arrays.stream(sizes).max().orElseThrow();
        source = new int[max + LATENCY_QUERIES + EXTRA_RECALL_SPAN];
        Arrays.fill(source, -2); // unknown yet
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            applyMigrations(c);
            c.setAutoCommit(false);
            int loaded = 0;
            double fpSeconds = 0, copySeconds = 0;
            for (int size : sizes) {
                long t0 = System.nanoTime();
                while (loaded < size) {
                    int to = Math.min(size, loaded + BATCH);
                    long a = System.nanoTime();
                    Fingerprint[] fps = fingerprints(loaded, to);
                    long b = System.nanoTime();
                    copy(c, loaded, fps);
                    c.commit();
                    long d = System.nanoTime();
                    fpSeconds += (b - a) / 1e9;
                    copySeconds += (d - b) / 1e9;
                    loaded = to;
                    if (loaded % 50_000 == 0) {
                        System.out.printf("  loaded %d (%.0fs)%n", loaded, (System.nanoTime() - t0) / 1e9);
                    }
                }
                c.setAutoCommit(true); // VACUUM cannot run in a transaction block
                try (Statement s = c.createStatement()) {
                    // what autovacuum does to an insert-only table (PostgreSQL >= 13): statistics, and the visibility
                    // map that lets lookup read postings from the index alone
                    s.execute("VACUUM (ANALYZE) reuse_key");
                }
                c.setAutoCommit(false);
                System.out.printf("size %d: cumulative fingerprint %.1fs (%.0f articles/s, 2 threads), COPY into indexed "
                        + "reuse_key %.1fs, fingerprint+index %.0f articles/s, load %s%n", size, fpSeconds,
                        loaded / fpSeconds, copySeconds, loaded / (fpSeconds + copySeconds), loadAvg());
                System.out.println("  reuse_key rows: " + count(c, "SELECT count(*) FROM reuse_key") + ", table+index size: "
                        + count(c, "SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0) / 1048576 "
                                + "FROM pg_inherits WHERE inhparent = 'reuse_key'::regclass") + " MB");
                measure(c, size);
                c.commit();
            }
        }
    }

    Fingerprint[] fingerprints(int from, int to) {
        Fingerprint[] out = new Fingerprint[to - from];
        IntStream.range(from, to).parallel().forEach(i -> {
            SyntheticArticle a = gen.article(i);
            source[i] = a.injected() == null ? -1 : index(a.injected().sourceId());
            out[i - from] = fingerprinter.fingerprint(a.text());
        });
        return out;
    }

    void copy(Connection c, int from, Fingerprint[] fps) throws Exception {
        CopyManager cm = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder art = new StringBuilder();
        StringBuilder fp = new StringBuilder();
        StringBuilder keys = new StringBuilder(fps.length * 2_000);
        for (int j = 0; j < fps.length; j++) {
            long id = from + j + 1L; // article ids start at 1
            art.append(id).append("\ttext\tsyn-").append(id - 1).append("\t\t")
                    .append(String.format("%064x", id)).append("\t{}\n");
            fp.append(id).append('\t').append(fps[j].tokenCount()).append('\n');
            long[] bands = fps[j].bandKeys();
            for (int b = 0; b < bands.length; b++) {
                keys.append(100 + b).append('\t').append(bands[b]).append('\t').append(id).append('\n');
            }
            for (long k : fps[j].partialKeys()) {
                keys.append("0\t").append(k).append('\t').append(id).append('\n');
            }
            for (long k : fps[j].anchorKeys()) {
                keys.append("1\t").append(k).append('\t').append(id).append('\n');
            }
        }
        cm.copyIn("COPY article (id, input_kind, url_key, body_text, content_sha256, extraction_json) FROM STDIN",
                new StringReader(art.toString()));
        cm.copyIn("COPY reuse_fingerprint (article_id, token_count) FROM STDIN", new StringReader(fp.toString()));
        cm.copyIn("COPY reuse_key (key_space, key_value, article_id) FROM STDIN", new StringReader(keys.toString()));
    }

    void measure(Connection c, int size) throws Exception {
        CandidatePolicy p = CandidatePolicy.DEFAULT;
        List<Integer> queries = new ArrayList<>();
        for (int i = size; i < size + LATENCY_QUERIES; i++) {
            queries.add(i);
        }
        Fingerprint[] extraFp = fingerprints(size, size + LATENCY_QUERIES + EXTRA_RECALL_SPAN);
        for (int i = size + LATENCY_QUERIES; i < size + LATENCY_QUERIES + EXTRA_RECALL_SPAN; i++) {
            if (source[i] >= 0 && source[i] < size) {
                queries.add(i); // more injected pairs (source indexed) for the recall figure
            }
        }
        long[] latencies = new long[queries.size()];
        int[] unrelatedBy = new int[3]; // qualified through bands, partial keys, anchors only
        int eligible = 0, recalled = 0, candidates = 0, unrelated = 0, maxCandidates = 0, verified = 0, falseMatches = 0;
        long stopBefore = count(c, "SELECT count(*) FROM reuse_stop_key");
        {
            // warm-up on the first 50 queries (not counted)
            for (int q = 0; q < 50; q++) {
                lookup(c, extraFp[queries.get(q) - size], p);
            }
            for (int q = 0; q < queries.size(); q++) {
                int i = queries.get(q);
                long t = System.nanoTime();
                List<Candidate> cs = lookup(c, extraFp[i - size], p);
                latencies[q] = System.nanoTime() - t;
                candidates += cs.size();
                SyntheticArticle query = gen.article(i);
                maxCandidates = Math.max(maxCandidates, cs.size());
                for (Candidate cand : cs) {
                    int other = Integer.parseInt(cand.articleId()) - 1;
                    boolean related = root(other) == root(i);
                    if (!related) {
                        unrelated++;
                        unrelatedBy[cand.bandHits() >= p.minBandHits() ? 0
                                : cand.partialHits() >= p.minPartialHits() ? 1 : 2]++;
                    }
                    ReuseMatch m = comparer.compareVerbatim(query.toReuseText(), gen.article(other).toReuseText());
                    if (m.reuseClass().isReuse()) {
                        verified++;
                        if (!related) {
                            falseMatches++;
                        }
                    }
                }
                if (source[i] >= 0 && source[i] < size) { // only sources already indexed can be found
                    ReuseMatch truth = comparer.compareVerbatim(gen.article(i).toReuseText(),
                            gen.article(source[i]).toReuseText());
                    if (truth.maxContainment() >= 0.3) {
                        eligible++;
                        String want = Long.toString(source[i] + 1L);
                        if (cs.stream().anyMatch(x -> x.articleId().equals(want))) {
                            recalled++;
                        }
                    }
                }
            }
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("size %d lookup over %d query articles (not indexed; %d of the next %d + injected ones of the "
                + "following %d): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms; load %s%n",
                size, queries.size(), LATENCY_QUERIES, LATENCY_QUERIES, EXTRA_RECALL_SPAN, pct(sorted, 50),
                pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1] / 1e6,
                Arrays.stream(sorted).average().orElse(0) / 1e6, loadAvg());
        System.out.printf("size %d recall: injected pairs with the source indexed and containment >= 0.3: %d, source among candidates %d, "
                + "recall %.4f; candidates/lookup avg %.2f max %d; unrelated candidates %d (%.3f/lookup); verified reuse "
                + "matches %d, false (unrelated) verified matches %d%n", size, eligible, recalled,
                eligible == 0 ? 0.0 : (double) recalled / eligible, (double) candidates / queries.size(), maxCandidates,
                unrelated, (double) unrelated / queries.size(), verified, falseMatches);
        System.out.printf("size %d stop keys: %d before the warm-up, %d after the lookups%n", size, stopBefore,
                count(c, "SELECT count(*) FROM reuse_stop_key"));
        System.out.printf("size %d unrelated candidates qualified by: band hit %d, >= 2 partial keys %d, anchors only %d%n",
                size, unrelatedBy[0], unrelatedBy[1], unrelatedBy[2]);
    }

    /** One lookup as the service does it: the exact store code, then commit (it may have appended stop keys). */
    static List<Candidate> lookup(Connection c, Fingerprint f, CandidatePolicy p) throws Exception {
        List<Candidate> found = ReuseIndexStore.candidates(c, -1L, f, p); // the query article is not stored yet
        c.commit();
        return found;
    }

    int root(int i) {
        while (source[i] >= 0) {
            i = source[i];
        }
        return i;
    }

    static int index(String synId) {
        return Integer.parseInt(synId.substring(4));
    }

    static double pct(long[] sorted, int p) {
        int k = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, k)] / 1e6;
    }

    static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String loadAvg() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0];
    }

    static void applyMigrations(Connection c) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("migrations"))) {
            files = s.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        try (Statement s = c.createStatement()) {
            for (Path p : files) {
                s.execute(Files.readString(p));
                System.out.println("applied " + p.getFileName());
            }
        }
    }

    static int version(Path p) {
        String n = p.getFileName().toString();
        return Integer.parseInt(n.substring(1, n.indexOf("__")));
    }
}
