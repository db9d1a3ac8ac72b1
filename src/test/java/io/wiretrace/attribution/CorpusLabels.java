package io.wiretrace.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/** The shared corpus labels ({@code labels.json}), read in place; tests skip when the corpus is absent. */
final class CorpusLabels {

    /** One expected or allowed attribution. */
    record Label(List<String> kinds, String target, String evidence) {
    }

    /**
     * One labelled page; {@code article}: a reader sees an article on it (pool labels; true when not stated);
     * {@code language}: the labelled page language ("" when not stated).
     */
    record Page(String id, Path file, String format, String url, String outlet, List<Label> expected,
            List<Label> allowed, boolean article, String language) {
    }

    private CorpusLabels() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty("wiretrace.corpus", "../shared/corpus"));
        Assumptions.assumeTrue(Files.isRegularFile(root.resolve("labels.json")),
                "shared corpus not found at " + root.toAbsolutePath() + " (set -Dwiretrace.corpus); skipping");
        return root;
    }

    static List<Page> load(Path root) {
        return load(root.resolve("labels.json"), root);
    }

    /** Pages of a labels file in the format of labels.json whose {@code file}s are relative to {@code root}. */
    static List<Page> load(Path labels, Path root) {
        try {
            JsonNode pages = new ObjectMapper().readTree(labels.toFile()).get("pages");
            List<Page> result = new ArrayList<>();
            pages.fields().forEachRemaining(e -> {
                JsonNode p = e.getValue();
                String outlet = p.hasNonNull("outlet_domain") ? p.get("outlet_domain").asText() : null;
                result.add(new Page(e.getKey(), root.resolve(p.get("file").asText()), p.get("format").asText(),
                        p.hasNonNull("url") ? p.get("url").asText() : null, outlet,
                        labels(p.get("expected")), labels(p.get("allowed")), p.path("article").asBoolean(true),
                        p.path("language").asText("")));
            });
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Label> labels(JsonNode array) {
        List<Label> labels = new ArrayList<>();
        if (array == null) {
            return labels;
        }
        for (JsonNode l : array) {
            List<String> kinds = new ArrayList<>();
            if (l.has("accept_kinds")) {
                l.get("accept_kinds").forEach(k -> kinds.add(k.asText()));
            } else {
                kinds.add(l.get("kind").asText());
            }
            labels.add(new Label(kinds, l.get("target").asText(), l.path("evidence").asText("")));
        }
        return labels;
    }

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");

    /** The page decoded: UTF-8 when the bytes are valid UTF-8 (whatever the page declares), else its declared charset. */
    static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (file.getFileName().toString().endsWith(".gz")) {
                try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    bytes = in.readAllBytes();
                }
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException notUtf8) {
                String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
                Matcher m = META_CHARSET.matcher(head);
                Charset cs = Charset.forName("windows-1252");
                if (m.find() && Charset.isSupported(m.group(1))) {
                    cs = Charset.forName(m.group(1));
                }
                return new String(bytes, cs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
