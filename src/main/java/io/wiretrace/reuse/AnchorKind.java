package io.wiretrace.reuse;

/** Kinds of {@link Anchor} facts. */
public enum AnchorKind {
    /** Quoted speech of at least three words, normalised. */
    QUOTE,
    /** A number with its context word, or a rare number (three significant digits or more, not a year) alone. */
    NUMBER,
    /** A multi-word proper noun: a person, place or organisation. */
    NAME
}
