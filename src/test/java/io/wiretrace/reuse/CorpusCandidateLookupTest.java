package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wiretrace.extract.JsoupArticleExtractor;
import io.wiretrace.extract.NoArticleFound;
import io.wiretrace.support.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Candidate lookup over every page of the corpus' pages/ folder, through the in-memory index. */
class CorpusCandidateLookupTest {

    private static final Map<String, String> texts = new HashMap<>();
    private static final CandidateIndex index = new InMemoryCandidateIndex();
    private static final Fingerprinter fingerprinter = new Fingerprinter();

    @BeforeAll
    static void indexCorpus() throws IOException {
        Path pages = SharedCorpus.root().resolve("pages");
        assumeTrue(Files.isDirectory(pages), "corpus absent, skipping: " + pages.toAbsolutePath());
        try (Stream<Path> files = Files.list(pages)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                String raw = SharedCorpus.read("pages/" + name);
                try {
                    String text = name.endsWith(".txt") ? raw : new JsoupArticleExtractor().fromHtml(raw, null).bodyText();
                    String id = name.replaceFirst("\\.[a-z]+$", "");
                    texts.put(id, text);
                    index.add(id, fingerprinter.fingerprint(text));
                } catch (NoArticleFound e) {
                    // a page without a body cannot take part in reuse
                }
            }
        }
    }

    @Test
    void theRewriteIsFoundThroughAnchorFactsAlone() {
        List<Candidate> cs = lookup("seed-nigeriapulse");
        assertThat(cs).anySatisfy(c -> {
            assertThat(c.articleId()).isEqualTo("seed-ndtv");
            assertThat(c.bandHits()).isZero();
            assertThat(c.anchorHits()).isGreaterThanOrEqualTo(3);
        });
        assertThat(cs.size()).isLessThan(index.size() / 4);
    }

    @Test
    void thePoolReportIsFoundThroughBandsOrPassages() {
        assertThat(lookup("granma-pool")).anySatisfy(c -> {
            assertThat(c.articleId()).isEqualTo("cubadebate-pool");
            assertThat(c.bandHits() + c.partialHits()).isPositive();
        });
    }

    @Test
    void noCandidateOfAnyPageVerifiesAsReuseExceptTheKnownGroups() {
        // the same-story pair is a candidate (shared names), so verification is what keeps it out
        assertThat(lookup("foxnews-gop-debate")).extracting(Candidate::articleId).contains("huffpost-gop-debate");
        PairComparer comparer = PairComparer.lexical();
        for (String id : texts.keySet()) {
            for (Candidate c : lookup(id)) {
                ReuseMatch m = comparer.compare(new ReuseText(id, texts.get(id), null, null),
                        new ReuseText(c.articleId(), texts.get(c.articleId()), null, null));
                boolean knownGroup = (id + c.articleId()).matches(".*(cubadebate|granma).*(cubadebate|granma).*")
                        || (id + c.articleId()).matches("seed-.*seed-.*");
                if (!knownGroup) {
                    assertThat(m.reuseClass().isReuse()).as(id + " vs " + c.articleId() + ": " + m.reason()).isFalse();
                }
            }
        }
    }

    private static List<Candidate> lookup(String id) {
        return index.candidates(fingerprinter.fingerprint(texts.get(id)), CandidatePolicy.DEFAULT).stream()
                .filter(c -> !c.articleId().equals(id)).toList();
    }
}
