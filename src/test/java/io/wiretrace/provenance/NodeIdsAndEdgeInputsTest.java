package io.wiretrace.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionKind;
import io.wiretrace.outlet.OutletKind;
import io.wiretrace.reuse.ReuseClass;
import org.junit.jupiter.api.Test;

class NodeIdsAndEdgeInputsTest {

    @Test
    void articleNodeIdsRoundTrip() {
        assertThat(NodeIds.article(42)).isEqualTo("article:42");
        assertThat(NodeIds.articleId(NodeIds.article(42))).isEqualTo(42);
        assertThat(NodeIds.isArticle("outlet:afp")).isFalse();
        assertThatThrownBy(() -> NodeIds.articleId("outlet:afp")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void derivationConfidenceFollowsTheFormOfReuse() {
        assertThat(DerivationConfidence.of(ReuseClass.DUPLICATE)).isGreaterThan(DerivationConfidence.of(ReuseClass.REWRITE));
        assertThat(DerivationConfidence.of(ReuseClass.REWRITE)).isGreaterThan(DerivationConfidence.of(ReuseClass.PARTIAL_REUSE));
        assertThat(DerivationConfidence.of(ReuseClass.SAME_STORY)).isZero();
    }

    @Test
    void anUnnamedSyndicationNoticeNamesNobodyEvenWhenTheDetectorFilledInThePageOwnName() {
        Attribution notice = new Attribution(AttributionKind.SYNDICATED_FEED_DISCLAIMER,
                new Attribution.Target(null, "NDTV", null, "NDTV"),
                new Attribution.Evidence("published from a syndicated feed", "body", 10, 42), 0.95, "feed", "notice");
        CreditInput c = CreditInput.forEdges(notice, null, OutletKind.UNKNOWN);
        assertThat(c.hasTarget()).isFalse();
        assertThat(c.text()).isEqualTo("published from a syndicated feed");

        Attribution named = new Attribution(AttributionKind.WIRE_CREDIT, new Attribution.Target("afp", "AFP", "afp.com",
                "AFP"), new Attribution.Evidence("spoke to AFP", "body", 0, 12), 0.5, "wire", "credit");
        assertThat(CreditInput.forEdges(named, null, OutletKind.WIRE_AGENCY).targetKey()).isEqualTo("afp");
    }
}
