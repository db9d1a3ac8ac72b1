package io.wiretrace.reuse;

import java.util.Locale;

/** How two texts relate, strongest first. */
public enum ReuseClass {
    /** The same text, give or take boilerplate (headline, byline, footer). */
    DUPLICATE,
    /** Most of one text is the other's wording, possibly lightly edited. */
    SUBSTANTIAL_REUSE,
    /** A passage (e.g. a quoted paragraph) is taken word for word; the rest differs. */
    PARTIAL_REUSE,
    /** Little shared wording, but many sentences say the same thing in order: a paraphrasing rewrite. */
    REWRITE,
    /** Independent coverage of one event: shared facts, no shared wording. Not reuse. */
    SAME_STORY,
    /** Unrelated. */
    NONE;

    /** The wire name: "substantial_reuse". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the classes that claim one text took from the other. */
    public boolean isReuse() {
        return this != SAME_STORY && this != NONE;
    }
}
