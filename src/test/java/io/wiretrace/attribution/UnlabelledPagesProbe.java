package io.wiretrace.attribution;

import io.wiretrace.extract.JsoupArticleExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Developer aid (-Dwiretrace.unlabelled=true): prints findings on corpus pages that have no labels, for review. */
class UnlabelledPagesProbe {

    @Test
    void printFindings() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("wiretrace.unlabelled"), "set -Dwiretrace.unlabelled=true");
        Path root = CorpusLabels.root();
        Set<Path> labelled = CorpusLabels.load(root).stream().map(p -> p.file().normalize()).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(root.resolve("readability"))) {
            files.filter(f -> f.getFileName().toString().equals("source.html"))
                    .filter(f -> !labelled.contains(f.normalize()))
                    .sorted()
                    .forEach(f -> {
                        try {
                            var article = new JsoupArticleExtractor().fromHtml(CorpusLabels.read(f), null);
                            Detection.DETECTOR.detect(article).forEach(a -> System.out.println(
                                    f.getParent().getFileName() + ": " + CorpusAccuracyTest.describe(a)));
                        } catch (RuntimeException e) {
                            System.out.println(f.getParent().getFileName() + ": " + e.getMessage());
                        }
                    });
        }
    }
}
