package io.wiretrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.provenance.Edge;
import io.wiretrace.provenance.EdgeKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How hops' ends are named in verdict keys: never by row id. */
class FindingVerdictsNodesTest {

    private static final Map<Long, String> KEYS = Map.of(12L, "url:https://quay.example/a", 40L,
            "url:https://wire.example/b");

    @Test
    void articlesByTheirKeyCreditedWorksByTheirArticlesKeyOutletsAsThey() {
        assertThat(FindingVerdicts.node("article:12", KEYS)).isEqualTo("url:https://quay.example/a");
        assertThat(FindingVerdicts.node("placeholder:afp@article:12", KEYS))
                .isEqualTo("placeholder:afp@url:https://quay.example/a");
        assertThat(FindingVerdicts.node("outlet:afp", KEYS)).isEqualTo("outlet:afp");
    }

    @Test
    void aCreditedPageNotYetStoredIsNamedAsThePageOnceStored() {
        Edge toPlaceholder = new Edge("article:12", "placeholder:url:https://wire.example/b", EdgeKind.CREDITED, 0.8,
                false, true, List.of());
        Edge toArticle = new Edge("article:12", "article:40", EdgeKind.CREDITED, 0.8, false, true, List.of());
        assertThat(FindingVerdicts.hop(toPlaceholder, KEYS)).isEqualTo(FindingVerdicts.hop(toArticle, KEYS));
    }
}
