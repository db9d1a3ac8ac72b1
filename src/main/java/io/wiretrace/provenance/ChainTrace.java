package io.wiretrace.provenance;

import java.util.List;

/**
 * The answer to "where did this article come from?".
 *
 * @param article      the article traced
 * @param best         the most probable chain
 * @param alternatives other chains to different origins, most probable first; non-empty when evidence conflicts
 */
public record ChainTrace(Node article, ProvenanceChain best, List<ProvenanceChain> alternatives) {

    public ChainTrace {
        alternatives = List.copyOf(alternatives);
    }

    public boolean hasConflict() {
        return !alternatives.isEmpty();
    }
}
