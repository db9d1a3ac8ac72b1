package io.wiretrace.reuse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads shared corpus files in place; tests skip when the corpus is absent. */
final class Corpus {

    private Corpus() {
    }

    static Path root() {
        return Path.of(System.getProperty("wiretrace.corpus", "../shared/corpus"));
    }

    /** The file's text, or a skipped test when it is missing. */
    static String read(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.isRegularFile(p), "corpus file absent, skipping: " + p.toAbsolutePath());
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8); // lenient: some pages mix charsets
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Crude visible text of an HTML page: scripts, styles and tags removed, block ends as line breaks. */
    static String crudeText(String html) {
        String s = html.replaceAll("(?is)<(script|style|noscript|svg|head)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?is)<!--.*?-->", " ")
                .replaceAll("(?i)</?(p|div|br|h[1-6]|li|tr|article|section|blockquote)[^>]*>", "\n")
                .replaceAll("(?s)<[^>]+>", " ")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">");
        return s.replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
    }
}
