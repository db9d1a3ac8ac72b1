package io.wiretrace.provenance;

import io.wiretrace.verdict.Review;
import java.util.List;
import java.util.Objects;

/**
 * A derivation: {@code from} (the derived node) takes content from {@code to} (its source).
 *
 * @param from           id of the derived node
 * @param to             id of the source node
 * @param kind           the most specific kind among the evidence
 * @param confidence     evidence combined by {@link Confidence#combine}
 * @param uncredited     a text reuse whose copy credits neither the source's outlet nor an agency both credit
 * @param directionKnown false for a reuse whose direction no rule could decide; {@code from}/{@code to} are then only
 *                       ordered by id, and chain tracing does not follow the edge (story clustering does)
 * @param evidence       the pieces of evidence, strongest first
 * @param review         the verdict that stands on the hop (confirmed, or rejected when rejected hops are shown), else
 *                       null; {@code confidence} stays the machine's figure beside it
 */
public record Edge(String from, String to, EdgeKind kind, double confidence, boolean uncredited, boolean directionKnown,
                   List<EdgeEvidence> evidence, Review review) {

    public Edge {
        Objects.requireNonNull(from, "edge from");
        Objects.requireNonNull(to, "edge to");
        Objects.requireNonNull(kind, "edge kind");
        confidence = Confidence.clamp(confidence);
        evidence = List.copyOf(evidence);
    }

    /** An edge no person has judged. */
    public Edge(String from, String to, EdgeKind kind, double confidence, boolean uncredited, boolean directionKnown,
                List<EdgeEvidence> evidence) {
        this(from, to, kind, confidence, uncredited, directionKnown, evidence, null);
    }

    /** The same edge with the verdict that stands on it. */
    public Edge withReview(Review r) {
        return new Edge(from, to, kind, confidence, uncredited, directionKnown, evidence, r);
    }

    /** The node at the other end from {@code id}. */
    public String other(String id) {
        return from.equals(id) ? to : from;
    }
}
