import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionDetector;
import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import io.wiretrace.ingest.PageDecoder;
import io.wiretrace.outlet.OutletRegistry;
import io.wiretrace.reuse.Fingerprint;
import io.wiretrace.reuse.Fingerprinter;
import io.wiretrace.reuse.SentenceKeys;
import io.wiretrace.reuse.TextNormalizer;
import io.wiretrace.review.ContentFarmSignals;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Golden check for speed work on the receive path: for every page of the shared corpus (the readability reference
 * pages, pages/*.html and the pool's 1,110 gzip pages, read in place) the results of extraction (title, body, byline,
 * authors, dates, the whole record), attribution detection, the reuse fingerprint, sentence keys and author-bio
 * fingerprint, each hashed, one line per page. With an existing golden file it compares field by field and exits 1
 * on any difference (listing it); without one it writes it.
 *
 * <p>Usage: java -cp CLASSES:CP ReceiveGolden corpusDir goldenFile
 */
public class ReceiveGolden {

    static final JsoupArticleExtractor EXTRACTOR = new JsoupArticleExtractor();
    static final AttributionDetector DETECTOR = new AttributionDetector(OutletRegistry.fromClasspath());
    static final Fingerprinter FINGERPRINTER = new Fingerprinter();
    static final SentenceKeys SENTENCE_KEYS = new SentenceKeys();
    static final ContentFarmSignals BIOS = new ContentFarmSignals(new TextNormalizer());

    record Page(String rel, String url, String contentType, byte[] bytes) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path golden = Path.of(args[1]);
        List<Page> pages = pages(corpus);
        Map<String, String> lines = new LinkedHashMap<>();
        for (Page p : pages) {
            lines.put(p.rel(), fields(p));
        }
        if (!Files.exists(golden)) {
            Files.write(golden, lines.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList());
            System.out.println("wrote " + lines.size() + " pages to " + golden);
            return;
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String l : Files.readAllLines(golden)) {
            int tab = l.indexOf('\t');
            expected.put(l.substring(0, tab), l.substring(tab + 1));
        }
        int differ = 0;
        for (var e : expected.entrySet()) {
            String got = lines.get(e.getKey());
            if (!e.getValue().equals(got)) {
                differ++;
                System.out.println("DIFFERS " + e.getKey() + "\n  was " + e.getValue() + "\n  now " + got);
            }
        }
        if (differ > 0 || expected.size() != lines.size()) {
            System.out.println("FAIL: " + differ + " of " + expected.size() + " pages differ (" + lines.size() + " now)");
            System.exit(1);
        }
        System.out.println("identical: all " + lines.size() + " pages");
    }

    /** The hashed results of one page, "name=hash" separated by spaces, or the problem it raised. */
    static String fields(Page p) {
        ExtractedArticle a;
        try {
            a = EXTRACTOR.fromHtml(PageDecoder.decode(p.contentType(), p.bytes()), p.url());
        } catch (RuntimeException | StackOverflowError e) {
            return "problem=" + e.getClass().getSimpleName() + ":" + hash(String.valueOf(e.getMessage()));
        }
        List<Attribution> attributions = DETECTOR.detect(a);
        Fingerprint f = FINGERPRINTER.fingerprint(a.bodyText());
        String bio = BIOS.authorBio(a.bodyText()).map(b -> BIOS.bioFingerprint(b.text())).orElse(null);
        List<String> out = new ArrayList<>();
        out.add("title=" + hash(a.title()));
        out.add("body=" + hash(a.bodyText()));
        out.add("byline=" + hash(a.byline()));
        out.add("authors=" + hash(a.authors()));
        out.add("dates=" + hash(a.publishedAt() + " " + a.modifiedAt()));
        out.add("article=" + hash(a));
        out.add("attributions=" + hash(attributions));
        out.add("fingerprint=" + hash(Arrays.toString(f.signature()) + Arrays.toString(f.bandKeys())
                + Arrays.toString(f.partialKeys()) + Arrays.toString(f.anchorKeys()) + " " + f.tokenCount()));
        out.add("sentences=" + hash(Arrays.toString(SENTENCE_KEYS.keys(a.bodyText()))));
        out.add("bio=" + hash(bio));
        return String.join(" ", out);
    }

    static String hash(Object o) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(Objects.toString(o).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 123 bench pages (UTF-8 declared, as bench/receive.sh sends them) and the pool pages (charset sniffed). */
    static List<Page> pages(Path corpus) throws Exception {
        List<Page> out = new ArrayList<>();
        for (IngestBench.Page p : IngestBench.pages(corpus)) {
            out.add(new Page(p.rel(), p.url(), "text/html;charset=utf-8", p.html().getBytes(StandardCharsets.UTF_8)));
        }
        JsonNode manifest = new ObjectMapper().readTree(corpus.resolve("pool/manifest.json").toFile()).path("pages");
        for (JsonNode m : manifest) {
            String file = m.path("file").asText();
            byte[] gz = Files.readAllBytes(corpus.resolve("pool").resolve(file));
            byte[] bytes;
            try (var in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
                bytes = in.readAllBytes();
            }
            String url = m.path("url").isTextual() ? m.path("url").asText() : "https://pool.invalid/" + file;
            out.add(new Page("pool/" + file, url, null, bytes));
        }
        return out;
    }
}
