package io.wiretrace.provenance;

import java.util.Locale;

/** Why one node is said to derive from another; {@link #wireName()} is the JSON value. */
public enum EdgeKind {
    /** An attribution names the source (credit line, original-source footer, wire credit, dateline). */
    CREDITED,
    /** A syndication disclaimer: the page is a feed copy. */
    SYNDICATED,
    /** A cross-domain canonical link, meta original-source or JSON-LD isBasedOn points at the source. */
    CANONICAL,
    /** Text reuse found by comparison; direction inferred. */
    REUSED,
    /** Same URL, changed content: a later version of the same article. */
    REVISION_OF;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** When two kinds describe the same pair, the more specific statement names the edge. */
    int precedence() {
        return switch (this) {
            case REVISION_OF -> 5;
            case SYNDICATED -> 4;
            case CANONICAL -> 3;
            case CREDITED -> 2;
            case REUSED -> 1;
        };
    }
}
