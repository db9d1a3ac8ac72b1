package io.wiretrace.outlet;

import java.util.Locale;

/** What sort of outlet an {@link Outlet} is. */
public enum OutletKind {
    NEWSROOM, WIRE_AGENCY, AGGREGATOR, UNKNOWN;

    /** The lower-case name used in JSON and in the registry file ("wire_agency"). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #wireName()}; throws IllegalArgumentException naming the bad value. */
    public static OutletKind fromWireName(String value) {
        for (OutletKind kind : values()) {
            if (kind.wireName().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown outlet kind '" + value + "' (expected newsroom, wire_agency, aggregator or unknown)");
    }
}
