package io.wiretrace.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared corpus read in place (system property {@code wiretrace.corpus}); tests skip when it is absent. */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("wiretrace.corpus", "../shared/corpus"));
        Assumptions.assumeTrue(Files.isDirectory(root),
                "shared corpus not found at " + root.toAbsolutePath() + " (set -Dwiretrace.corpus); skipping");
        return root;
    }

    /** The file's text (bad UTF-8 bytes replaced: some pages mix charsets), or a skipped test when it is absent. */
    public static String read(String relative) {
        Path file = root().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "shared corpus file not found at " + file.toAbsolutePath() + "; skipping");
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
