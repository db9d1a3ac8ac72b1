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

    public static String read(String relative) {
        try {
            return Files.readString(root().resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
