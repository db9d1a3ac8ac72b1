package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rewrite keeps the writer's own words, not only the event's facts ({@link SharedWording},
 * {@link ReuseClassifier#REWRITE_MIN_WORDING_PAIRS}); texts are our own.
 */
class RewriteWordingTest {

    private final PairComparer comparer = PairComparer.lexical();
    private final SharedWording wording = new SharedWording();

    @Test
    void chosenWordsLeaveOutNamesNumbersAndQuotedSpeech() {
        String a = "Rovers manager Ellen Marsh praised the stubborn defence after 12 minutes. \"We dug in,\" she said.";
        String b = "Ellen Marsh praised a stubborn defence that dug in for 12 minutes, the Rovers manager said.";
        SharedWording.Reading ra = wording.read(a);
        SharedWording.Reading rb = wording.read(b);
        Sentence sa = new SentenceSplitter().split(a).get(0);
        Sentence sb = new SentenceSplitter().split(b).get(0);
        // "manager" is written "Rovers manager" in both, lowercase: chosen; Marsh, Ellen, Rovers are names; 12 a number
        assertThat(wording.shared(ra, sa, rb, sb)).containsExactlyInAnyOrder("prais", "stubborn", "defence", "manager",
                "minut");
        Sentence quoted = new SentenceSplitter().split(a).get(1);
        assertThat(wording.shared(ra, quoted, rb, sb)).as("'dug' is inside a quotation in a").isEmpty();
    }

    @Test
    void twoIndependentMatchReportsQuotingTheManagerAreNoRewrite() throws IOException {
        String a = resource("independent-match-a.txt");
        String b = resource("independent-match-b.txt");
        for (String earlier : new String[] {"a", "b", null}) {
            ReuseMatch m = comparer.compare(text("a", a, earlier), text("b", b, earlier));
            assertThat(m.reuseClass()).as(m.reason()).isIn(ReuseClass.SAME_STORY, ReuseClass.NONE);
            assertThat(m.reuseClass().isReuse()).isFalse();
        }
    }

    @Test
    void rewriteThatKeepsTheSourcesOrdinaryWordsIsStillARewrite() {
        ReuseMatch m = comparer.compare(text("a", Articles.HARBOUR, "a"), text("b", Articles.HARBOUR_REWRITE, "a"));
        assertThat(m.reuseClass()).isEqualTo(ReuseClass.REWRITE);
        assertThat(m.reason()).contains("sharing the writer's own words");
    }

    @Test
    void alignedPairsWithoutSharedWordingMakeNoRewrite() {
        ReuseClassifier c = new ReuseClassifier(ReuseThresholds.DEFAULT);
        ReuseClassifier.Evidence factsOnly = new ReuseClassifier.Evidence(0.02, 0.02, 0, 6, 10, 10, 4, 3, 1, 0, 0.5, 2);
        assertThat(c.classify(factsOnly).reuseClass()).isEqualTo(ReuseClass.SAME_STORY);
        ReuseClassifier.Evidence worded = new ReuseClassifier.Evidence(0.02, 0.02, 0, 6, 10, 10, 4, 3, 1, 0, 0.5, 3);
        assertThat(c.classify(worded).reuseClass()).isEqualTo(ReuseClass.REWRITE);
    }

    @Test
    void wordingPairsAreCountedOverAlignedPairs() {
        String a = "The council approved a sea wall to protect the harbour front from winter storms.";
        String b = "A sea wall that will protect the harbour front from winter storms was approved by the council.";
        List<Sentence> sa = new SentenceSplitter().split(a);
        List<Sentence> sb = new SentenceSplitter().split(b);
        SentencePair pair = new SentencePair(sa.get(0), sb.get(0), 0.9, 0.9, Double.NaN, List.of());
        assertThat(wording.pairsWithWording(a, b, List.of(pair), 3)).isEqualTo(1);
        assertThat(wording.pairsWithWording(a, "\"" + b + "\"", List.of(pair), 3)).as("all quoted").isZero();
    }

    private static ReuseText text(String id, String body, String earlier) {
        Instant early = Instant.parse("2025-05-10T16:00:00Z");
        Instant late = Instant.parse("2025-05-10T19:00:00Z");
        return new ReuseText(id, body, earlier == null ? null : id.equals(earlier) ? early : late, null);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RewriteWordingTest.class.getResourceAsStream("/reuse/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
