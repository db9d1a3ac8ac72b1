package io.wiretrace.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import io.wiretrace.extract.NoArticleFound;
import io.wiretrace.support.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;

/**
 * Pages of the pool ({@code ../shared/corpus/pool}) read in place and extracted as the service extracts them: page id
 * ({@code l3s-gn1-0042}) to article, pages without a body left out. Tests skip when the pool is absent.
 */
final class PoolPages {

    /** One extracted page with the URL the manifest gives it. */
    record Page(String id, String source, String url, ExtractedArticle article) {

        String body() {
            return article.bodyText();
        }
    }

    private PoolPages() {
    }

    /** The pages of these manifest sources ({@code l3s-gn1}, {@code fundus}…), by id. */
    static Map<String, Page> of(Set<String> sources) {
        return read(page -> sources.contains(page.get("source").asText()));
    }

    private static Map<String, Page> read(Predicate<JsonNode> wanted) {
        Path pool = SharedCorpus.root().resolve("pool");
        Assumptions.assumeTrue(Files.isRegularFile(pool.resolve("manifest.json")),
                "page pool not found at " + pool.toAbsolutePath() + "; skipping");
        JsoupArticleExtractor extractor = new JsoupArticleExtractor();
        Map<String, Page> pages = new TreeMap<>();
        try {
            JsonNode manifest = new ObjectMapper().readTree(pool.resolve("manifest.json").toFile());
            for (JsonNode page : manifest.get("pages")) {
                if (!wanted.test(page)) {
                    continue;
                }
                String file = page.get("file").asText();
                String id = file.replaceFirst("^pages/", "").replaceFirst("\\.html(\\.gz)?$", "");
                String url = page.path("url").asText(null);
                try {
                    ExtractedArticle x = extractor.fromHtml(decode(read(pool.resolve(file), file.endsWith(".gz"))), url);
                    if (!x.bodyText().isBlank()) {
                        pages.put(id, new Page(id, page.get("source").asText(), url, x));
                    }
                } catch (NoArticleFound e) {
                    // no article, no text to compare
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private static byte[] read(Path file, boolean gz) throws IOException {
        try (InputStream in = gz ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            return in.readAllBytes();
        }
    }

    /** UTF-8 when the bytes are valid UTF-8, else windows-1252 (L3S pages come without HTTP headers). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
