package io.wiretrace.attribution;

import java.util.Locale;

/** The kinds of attribution Wiretrace reports; {@link #wireName()} is the JSON value. */
public enum AttributionKind {
    ORIGINAL_SOURCE, SYNDICATED_FEED_DISCLAIMER, REPUBLISHED_FROM, WIRE_CREDIT, DATELINE,
    CANONICAL_CROSS_DOMAIN, META_ORIGINAL_SOURCE, JSONLD_ISBASEDON, VIA;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
