package io.wiretrace.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates the shared test corpus (system property {@code wiretrace.corpus}); tests skip when it is absent. */
final class Corpus {

    private Corpus() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty("wiretrace.corpus", "../shared/corpus"));
        Assumptions.assumeTrue(Files.isDirectory(root),
                "shared corpus not found at " + root.toAbsolutePath() + " (set -Dwiretrace.corpus); skipping");
        return root;
    }
}
