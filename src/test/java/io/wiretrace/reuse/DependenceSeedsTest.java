package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.support.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The degree on known pairs: the nigeriapulse rewrite of the NDTV story stays a rewrite and is derived; two reports
 * of one council vote written independently (test resources, our own text), which quote the council leader at length
 * and share his numbers, are independent, whichever came first.
 */
class DependenceSeedsTest {

    private final PairComparer comparer = PairComparer.lexical();

    @Test
    void seedRewriteIsDerived() {
        ReuseMatch m = comparer.compare(
                new ReuseText("ndtv", SharedCorpus.read("pages/seed-ndtv.txt"), Instant.parse("2025-03-14T08:00:00Z"), null),
                new ReuseText("nigeriapulse", SharedCorpus.read("pages/seed-nigeriapulse.txt"),
                        Instant.parse("2025-03-14T12:00:00Z"), null));
        assertThat(m.reuseClass()).isEqualTo(ReuseClass.REWRITE);
        assertThat(m.dependence().level().isDerived()).as(m.dependence().reasons().toString()).isTrue();
        assertThat(m.dependence().derivedId()).isEqualTo("nigeriapulse");
        // lexical tracing sees few of its paraphrased sentences (see README: derivedShare counts shared wording)
        assertThat(m.dependence().derivedShareB()).isGreaterThan(0.0);
        System.out.println("seed dependence: " + m.dependence());
    }

    @Test
    void independentReportsQuotingOneSpeakerAtLengthAreIndependent() throws IOException {
        String a = resource("independent-hearing-a.txt");
        String b = resource("independent-hearing-b.txt");
        for (String earlier : new String[] {"a", "b", null}) {
            Instant ta = "b".equals(earlier) ? Instant.parse("2025-05-07T10:00:00Z") : Instant.parse("2025-05-07T08:00:00Z");
            Instant tb = "a".equals(earlier) ? Instant.parse("2025-05-07T10:00:00Z") : Instant.parse("2025-05-07T08:00:00Z");
            ReuseMatch m = comparer.compare(new ReuseText("a", a, earlier == null ? null : ta, null),
                    new ReuseText("b", b, earlier == null ? null : tb, null));
            assertThat(m.dependence().level()).as(earlier + ": " + m.dependence().reasons())
                    .isEqualTo(DependenceLevel.INDEPENDENT);
            assertThat(m.reuseClass().isReuse()).as(m.reason()).isFalse();
            assertThat(m.sharedQuotes()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void quotedSpeechIsMasked() {
        boolean[] mask = QuotedSpeech.mask("He said: \"We will build it.\" Then 'a long quoted line here' ended.\n"
                + "\u201cAn unclosed quote runs to the paragraph end\nNew paragraph.");
        String text = "He said: \"We will build it.\" Then 'a long quoted line here' ended.\n"
                + "\u201cAn unclosed quote runs to the paragraph end\nNew paragraph.";
        assertThat(mask[text.indexOf("We will")]).isTrue();
        assertThat(mask[text.indexOf("Then")]).isFalse();
        assertThat(mask[text.indexOf("long quoted")]).isTrue();
        assertThat(mask[text.indexOf("paragraph end")]).isTrue();
        assertThat(mask[text.indexOf("New paragraph")]).isFalse();
    }

    @Test
    void singleQuotesSpanContractionsAndOpenEachParagraphOfAStatement() {
        String text = "He said: 'There is always talk. I'm grateful for it, but it's just the work we do here.\n\n"
                + "'I have not spoken to anyone. I don't think I will.'\n\nHe left. The '90s were different.";
        boolean[] mask = QuotedSpeech.mask(text);
        assertThat(mask[text.indexOf("grateful")]).isTrue();
        assertThat(mask[text.indexOf("work we do")]).as("unclosed after 'said:' runs to the paragraph end").isTrue();
        assertThat(mask[text.indexOf("don't think")]).isTrue();
        assertThat(mask[text.indexOf("He left")]).isFalse();
        assertThat(mask[text.indexOf("were different")]).isFalse();
    }

    @Test
    void blankingAFormulaKeepsTheQuotationMarksSoWhatFollowsStaysQuoted() {
        String text = "The manager spoke after training on Friday morning.\nHe was asked about the vacancy at the club.\n"
                + "\"I have not spoken to anyone. I spoke to my chairman last night and he agreed.\n";
        String other = "Other text.\n\"I have not spoken to anyone. Something else entirely was said here.\n";
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (SentenceKeys.Keyed k : new SentenceKeys().keyed(text)) {
            counts.put(k.key(), k.sentence().text().contains("have not spoken") ? 50 : 1);
        }
        Formulas f = Formulas.learn(counts, text, other);
        String blanked = f.blank(text);
        assertThat(blanked).doesNotContain("have not spoken").contains("\"");
        assertThat(QuotedSpeech.mask(blanked)[blanked.indexOf("chairman")]).isTrue();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DependenceSeedsTest.class.getResourceAsStream("/reuse/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
