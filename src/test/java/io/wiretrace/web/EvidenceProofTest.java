package io.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.provenance.EdgeEvidence;
import org.junit.jupiter.api.Test;

class EvidenceProofTest {

    /** A credit quoted from article {@code foundIn}, on an edge that starts at article 2. */
    private static EdgeEvidence credit(String foundIn) {
        return new EdgeEvidence("agency_sourcing", "the text credits AFP", "spoke to AFP", "body", 120, 132, 0.5,
                foundIn);
    }

    @Test
    void textReadInAnotherArticleNamesAndLinksThatArticle() {
        EvidenceGraph.Proof proof = EvidenceGraph.Proof.of(credit("article:1"), "article:2");
        assertThat(proof.where()).isEqualTo("body of article 1, characters 120\u2013132");
        assertThat(proof.elsewhereHref()).isEqualTo("/articles/1");
        assertThat(credit("article:1").citation()).endsWith("[body of article:1, characters 120-132]");
    }

    @Test
    void textReadInTheEdgesOwnArticleIsNotLinkedAgain() {
        EvidenceGraph.Proof proof = EvidenceGraph.Proof.of(credit("article:2"), "article:2");
        assertThat(proof.where()).isEqualTo("body, characters 120\u2013132");
        assertThat(proof.elsewhereHref()).isNull();
        assertThat(new EdgeEvidence("reuse", "80% of A is in B", null, null, null, null, 0.8).citation())
                .isEqualTo("80% of A is in B");
    }
}
