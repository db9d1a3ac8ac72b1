package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryCandidateIndexTest {

    private final Fingerprinter fingerprinter = new Fingerprinter();

    @Test
    void findsNearDuplicatesQuotedParagraphsAndRewritesButNotUnrelatedTexts() {
        CandidateIndex index = new InMemoryCandidateIndex();
        index.add("harbour", fingerprinter.fingerprint(Articles.HARBOUR));
        index.add("orchard", fingerprinter.fingerprint(Articles.ORCHARD));
        index.add("library", fingerprinter.fingerprint(Articles.LIBRARY));

        assertThat(ids(index, "Breaking news. " + Articles.HARBOUR)).containsExactly("harbour");
        String paragraph = Articles.ORCHARD.lines().skip(1).limit(2).reduce("", (x, y) -> x + " " + y);
        assertThat(ids(index, FingerprinterTest.text(9, 150) + paragraph + FingerprinterTest.text(10, 150)))
                .containsExactly("orchard");
        assertThat(ids(index, Articles.HARBOUR_REWRITE)).containsExactly("harbour");
        assertThat(ids(index, FingerprinterTest.text(11, 300))).isEmpty();
    }

    @Test
    void keysHeldByTooManyArticlesAreIgnored() {
        CandidateIndex index = new InMemoryCandidateIndex();
        String footer = " Subscribe to our newsletter for the best stories of the week delivered to your inbox every Friday.";
        for (int i = 0; i < 5; i++) {
            index.add("page" + i, fingerprinter.fingerprint(FingerprinterTest.text(i, 200) + footer));
        }
        Fingerprint probe = fingerprinter.fingerprint(FingerprinterTest.text(99, 200) + footer);
        assertThat(index.candidates(probe, new CandidatePolicy(1, 1, 3, 10, 50))).hasSize(5);
        assertThat(index.candidates(probe, new CandidatePolicy(1, 1, 3, 4, 50))).isEmpty();
        assertThat(index.size()).isEqualTo(5);
    }

    private List<String> ids(CandidateIndex index, String text) {
        return index.candidates(fingerprinter.fingerprint(text), CandidatePolicy.DEFAULT).stream()
                .map(Candidate::articleId).toList();
    }
}
