package io.wiretrace.reuse;

import java.util.Objects;

/**
 * One rare fact a rewrite tends to keep even when it changes every sentence around it.
 *
 * @param kind quote, number or name
 * @param text the fact as written in the text ("1,383 civilians", "Fuad Hussein")
 * @param normalized the comparable form ("n:1383", "fuad hussein"); two anchors are the same fact when kind and
 *     normalized are equal
 */
public record Anchor(AnchorKind kind, String text, String normalized) {

    public Anchor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normalized, "normalized");
    }

    /** The 64-bit key a store indexes for candidate lookup, stable across JVMs. */
    public long key() {
        return Hashing.hash(kind.name(), normalized);
    }
}
