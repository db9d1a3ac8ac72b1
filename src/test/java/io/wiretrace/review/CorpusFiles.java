package io.wiretrace.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Reads shared corpus files in place (system property {@code wiretrace.corpus}); tests skip when absent. */
final class CorpusFiles {

    private CorpusFiles() {
    }

    static String read(String relative) {
        Path root = Path.of(System.getProperty("wiretrace.corpus", "../shared/corpus"));
        Path file = root.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "shared corpus file not found at " + file.toAbsolutePath() + " (set -Dwiretrace.corpus); skipping");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
