package io.wiretrace.provenance;

import io.wiretrace.outlet.OutletKind;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A node of the provenance graph.
 *
 * @param id          stable identifier, unique in the graph (see {@link NodeIds})
 * @param type        stored article, outlet, or credited source not stored yet
 * @param label       display name (headline, outlet name, credited name or URL)
 * @param outletKey   key of the outlet it belongs to (or is), null when unknown
 * @param outletKind  kind of that outlet, {@link OutletKind#UNKNOWN} when unknown
 * @param publishedAt publication time the page states, null when missing
 * @param firstSeenAt when Wiretrace first saw it, null for outlets and placeholders
 * @param url         canonical URL, null when none
 * @param outletName  the display name of that outlet ("NDTV"; an outlet node's own label), its key when no name is
 *                    known, null without an outlet
 */
public record Node(String id, Type type, String label, String outletKey, OutletKind outletKind, Instant publishedAt,
                   Instant firstSeenAt, String url, String outletName) {

    /** A node whose outlet is named by its key. */
    public Node(String id, Type type, String label, String outletKey, OutletKind outletKind, Instant publishedAt,
                Instant firstSeenAt, String url) {
        this(id, type, label, outletKey, outletKind, publishedAt, firstSeenAt, url, null);
    }

    /** What a node stands for. */
    public enum Type {
        ARTICLE, OUTLET, PLACEHOLDER;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Node {
        Objects.requireNonNull(id, "node id");
        Objects.requireNonNull(type, "node type of " + id);
        label = label == null ? id : label;
        outletKind = outletKind == null ? OutletKind.UNKNOWN : outletKind;
        outletName = outletName != null ? outletName : type == Type.OUTLET ? label : outletKey;
    }

    public boolean isWireAgency() {
        return outletKind == OutletKind.WIRE_AGENCY;
    }
}
