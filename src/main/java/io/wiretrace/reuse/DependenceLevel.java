package io.wiretrace.reuse;

import java.util.Locale;

/** How much of a text derives from another, as a journalist judges it (METER's three labels). */
public enum DependenceLevel {
    /** The other text is its only source, though it may be condensed and reworded. */
    WHOLLY_DERIVED,
    /** Part of it comes from the other text, the rest from elsewhere. */
    PARTIALLY_DERIVED,
    /** Written independently; shared quotations, names and numbers come from the event, not from the other text. */
    INDEPENDENT;

    /** The wire name: "wholly_derived". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isDerived() {
        return this != INDEPENDENT;
    }
}
