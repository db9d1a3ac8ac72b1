package io.wiretrace.reuse;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The anchor facts of one text, distinct by (kind, normalized), in text order.
 *
 * @param anchors the facts
 */
public record AnchorFacts(List<Anchor> anchors) {

    public AnchorFacts {
        Set<String> seen = new LinkedHashSet<>();
        anchors = anchors.stream().filter(a -> seen.add(id(a))).toList();
    }

    public List<Anchor> ofKind(AnchorKind kind) {
        return anchors.stream().filter(a -> a.kind() == kind).toList();
    }

    /** Distinct sorted keys for the candidate index. */
    public long[] keys() {
        return anchors.stream().mapToLong(Anchor::key).sorted().distinct().toArray();
    }

    /** Anchors of this text whose fact also occurs in {@code other} (compared by kind and normalized form). */
    public List<Anchor> sharedWith(AnchorFacts other) {
        Set<String> theirs = ids(other.anchors);
        return anchors.stream().filter(a -> theirs.contains(id(a))).toList();
    }

    /** Anchors of this text whose (kind, normalized) id is in {@code theirIds} (see {@link #ids()}). */
    List<Anchor> sharedWith(Set<String> theirIds) {
        return anchors.stream().filter(a -> theirIds.contains(id(a))).toList();
    }

    /** The (kind, normalized) ids of the anchors, for repeated {@link #sharedWith(Set)} calls. */
    Set<String> ids() {
        return ids(anchors);
    }

    private static Set<String> ids(Collection<Anchor> anchors) {
        return anchors.stream().map(AnchorFacts::id).collect(Collectors.toSet());
    }

    private static String id(Anchor a) {
        return a.kind() + ":" + a.normalized();
    }
}
