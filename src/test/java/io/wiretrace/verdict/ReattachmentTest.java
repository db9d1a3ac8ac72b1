package io.wiretrace.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReattachmentTest {

    private static FindingKey credit(String context) {
        return new FindingKey(FindingType.ATTRIBUTION, "url:https://p.example/1|wire_credit|outlet:afp|afp", context);
    }

    private static Reattachment.Candidate<String> row(String id, FindingKey key) {
        return new Reattachment.Candidate<>(key, id);
    }

    @Test
    void aVerdictFollowsTheNewRowThatReproducesItsFinding() {
        FindingKey verdict = credit("the quay closed … more later");
        Reattachment.Result<String> r = Reattachment.assign(List.of(verdict),
                List.of(row("row 41", FindingKey.hop("a", "b")), row("row 97", credit("the quay closed … more later"))));
        assertThat(r.attached()).containsEntry(verdict, "row 97");
        assertThat(r.orphaned()).isEmpty();
    }

    @Test
    void aChangedContextStillFindsTheSameClaim() {
        FindingKey verdict = credit("the quay closed at noon … more later");
        Reattachment.Result<String> r = Reattachment.assign(List.of(verdict),
                List.of(row("row 5", credit("the quay closed at dawn … more later"))));
        assertThat(r.attached()).containsEntry(verdict, "row 5");
    }

    @Test
    void theSameClaimTwiceInOneArticleKeepsEachVerdictOnItsOwnPlace() {
        FindingKey top = credit("top of page … first paragraph");
        FindingKey foot = credit("last paragraph … all rights reserved");
        // after reanalysis both rows are new and the footer one comes first; the top one's context was edited
        Reattachment.Result<String> r = Reattachment.assign(List.of(top, foot),
                List.of(row("footer", credit("last paragraph … all rights reserved")),
                        row("header", credit("top of the page … first paragraph"))));
        assertThat(r.attached()).containsEntry(top, "header").containsEntry(foot, "footer");
    }

    @Test
    void aVerdictNoFindingReproducesIsOrphanedNotDropped() {
        FindingKey gone = FindingKey.reuse("url:https://a.example/1", "url:https://b.example/2", "rewrite");
        FindingKey kept = credit("");
        Reattachment.Result<String> r = Reattachment.assign(List.of(gone, kept),
                List.of(row("now same_story", FindingKey.reuse("url:https://a.example/1", "url:https://b.example/2",
                        "same_story")), row("credit", credit(""))));
        assertThat(r.orphaned()).containsExactly(gone);
        assertThat(r.attached()).containsOnlyKeys(kept);
    }

    @Test
    void oneFindingTakesOneVerdictKey() {
        FindingKey a = credit("one … context");
        FindingKey b = credit("two … context");
        Reattachment.Result<String> r = Reattachment.assign(List.of(a, b), List.of(row("only", credit("one … context"))));
        assertThat(r.attached()).containsOnlyKeys(a);
        assertThat(r.orphaned()).containsExactly(b);
    }
}
