package io.wiretrace.reuse;

/**
 * Ground truth of a generated article that reuses an earlier one.
 *
 * @param derivedId the reusing article
 * @param sourceId the earlier article it took from
 * @param kind how it took
 */
public record InjectedReuse(String derivedId, String sourceId, Kind kind) {

    /** Kinds of injected reuse. */
    public enum Kind {
        /** The source's body with another outlet's footer. */
        VERBATIM_COPY,
        /** One or two of the source's paragraphs inside a new text. */
        PARTIAL_COPY,
        /** The source's body with about 4% of its words substituted, dropped or inserted. */
        LIGHT_EDIT
    }
}
