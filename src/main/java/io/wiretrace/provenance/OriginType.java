package io.wiretrace.provenance;

import java.util.Locale;

/** What a chain's origin is. */
public enum OriginType {
    /** A wire agency (AFP, Reuters, AP...). */
    WIRE_AGENCY,
    /** A stored newsroom article that credits nobody and shares text with nothing of unknown direction. */
    ORIGINAL_REPORTING,
    /** Anything else: a source not ingested yet, an aggregator, an unknown outlet, an uncertain end. */
    UNKNOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
