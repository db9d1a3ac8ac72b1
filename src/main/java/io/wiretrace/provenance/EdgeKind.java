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
    /**
     * Inferred, not stated: the text a page took from its one named source is also in a stored article crediting an
     * agency, so that source's copy is the agency's (nigeriapulse's France 24 text is NDTV's AFP story).
     */
    INHERITED,
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
            case REVISION_OF -> 6;
            case SYNDICATED -> 5;
            case CANONICAL -> 4;
            case CREDITED -> 3;
            case INHERITED -> 2;
            case REUSED -> 1;
        };
    }
}
