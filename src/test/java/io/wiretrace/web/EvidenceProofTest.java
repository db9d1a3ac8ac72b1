package io.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.provenance.EdgeEvidence;
import org.junit.jupiter.api.Test;

class EvidenceProofTest {

    @Test
    void textReadInAnotherArticleNamesAndLinksThatArticle() {
        EdgeEvidence e = new EdgeEvidence("agency_sourcing", "the text is also in article 1, which credits AFP",
                "spoke to AFP", "body", 120, 132, 0.5, "article:1");
        EvidenceGraph.Proof proof = EvidenceGraph.Proof.of(e, "article:2");
        assertThat(proof.where()).isEqualTo("body of article 1, characters 120\u2013132");
        assertThat(proof.elsewhereHref()).isEqualTo("/articles/1");
        assertThat(e.citation()).endsWith("[body of article:1, characters 120-132]");
    }

    @Test
    void textReadInTheEdgesOwnArticleIsNotLinkedAgain() {
        EdgeEvidence e = new EdgeEvidence("original_source", "footer says 'Original Source: x.example'",
                "Original Source: x.example", "body", 10, 36, 0.9, "article:2");
        EvidenceGraph.Proof proof = EvidenceGraph.Proof.of(e, "article:2");
        assertThat(proof.where()).isEqualTo("body, characters 10\u201336");
        assertThat(proof.elsewhereHref()).isNull();
        assertThat(new EdgeEvidence("reuse", "80% of A is in B", null, null, null, null, 0.8).citation())
                .isEqualTo("80% of A is in B");
    }
}
