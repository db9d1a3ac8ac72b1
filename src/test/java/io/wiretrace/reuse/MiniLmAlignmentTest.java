package io.wiretrace.reuse;

import io.wiretrace.embedding.MiniLmSentenceEmbedder;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.support.SharedCorpus;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Alignment with the in-process all-MiniLM-L6-v2 model (shipped in the Maven artifact, nothing downloaded). */
class MiniLmAlignmentTest {

    private static SentenceEmbedder model;

    @BeforeAll
    static void loadModel() {
        model = new MiniLmSentenceEmbedder();
    }

    @Test
    void paraphrasesScoreHigherThanSentencesOnOtherTopics() {
        float[][] v = model.embed(List.of("Dock workers walked out after pay talks collapsed.",
                "Port workers went on strike when negotiations over wages broke down.",
                "Apple growers expect a small harvest after a late frost."));
        assertThat(v[0]).hasSize(384);
        double paraphrase = SentenceEmbedder.cosine(v[0], v[1]);
        double otherTopic = SentenceEmbedder.cosine(v[0], v[2]);
        assertThat(paraphrase).isGreaterThan(otherTopic + 0.3);
        assertThat(otherTopic).isLessThan(0.3);
    }

    @Test
    void seedsAreARewriteWithTheNeuralAligner() {
        PairComparer comparer = PairComparer.withSemanticModel(model);
        ReuseMatch m = comparer.compare(new ReuseText("ndtv", SharedCorpus.read("pages/seed-ndtv.txt"), null, null),
                new ReuseText("np", SharedCorpus.read("pages/seed-nigeriapulse.txt"), null, null));
        CorpusReuseTest.assertSeedRewrite(m);
        assertThat(m.paraphrases()).allSatisfy(p -> assertThat(p.semantic()).isGreaterThan(0.4));
    }

    @Test
    void fox_and_huffpost_stay_not_reuse_with_the_neural_aligner() {
        PairComparer comparer = PairComparer.withSemanticModel(model);
        ReuseMatch m = comparer.compare(new ReuseText("fox", CorpusReuseTest.body("pages/foxnews-gop-debate.html"), null, null),
                new ReuseText("huff", CorpusReuseTest.body("pages/huffpost-gop-debate.html"), null, null));
        assertThat(m.reuseClass()).as(m.reason()).isEqualTo(ReuseClass.SAME_STORY);
    }

    /** Benchmark, not a timed assertion: prints the cost of comparing two 2,000-word articles. */
    @Test
    void printsTheCostOfComparingTwoLongArticles() {
        String a = firstWords(CorpusReuseTest.body("readability/wikipedia/source.html") + "\n"
                + CorpusReuseTest.body("readability/nytimes-1/source.html"), 2_000);
        String b = firstWords(CorpusReuseTest.body("readability/wapo-1/source.html") + "\n"
                + CorpusReuseTest.body("readability/guardian-1/source.html") + "\n"
                + CorpusReuseTest.body("readability/seattletimes-1/source.html"), 2_000);
        ReuseText ta = new ReuseText("a", a, null, null);
        ReuseText tb = new ReuseText("b", b, null, null);
        SentenceEmbedder cached = new CachingSentenceEmbedder(model, 10_000);
        List<String> names = List.of("lexical", "all-minilm cold", "all-minilm cached");
        List<PairComparer> comparers = List.of(PairComparer.lexical(), PairComparer.withSemanticModel(model),
                PairComparer.withSemanticModel(cached));
        for (int c = 0; c < comparers.size(); c++) {
            PairComparer comparer = comparers.get(c);
            comparer.compare(ta, tb); // warm-up (and, for the cached one, fills the cache)
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                comparer.compare(ta, tb);
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf("compare 2x2000 words (%d/%d sentences), %s: best of 3 = %d ms%n",
                    new SentenceSplitter().split(a).size(), new SentenceSplitter().split(b).size(),
                    names.get(c), best / 1_000_000);
        }
        assertThat(a.split("\\s+")).hasSizeGreaterThanOrEqualTo(1_900);
    }

    private static String firstWords(String text, int n) {
        String[] words = text.split(" ");
        return String.join(" ", Arrays.copyOf(words, Math.min(n, words.length)));
    }
}
