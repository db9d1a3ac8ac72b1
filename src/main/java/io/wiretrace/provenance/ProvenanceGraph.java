package io.wiretrace.provenance;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the provenance graph: what chain tracing, derivative trees and story clustering need. Persistence
 * adapts it; {@link InMemoryProvenanceGraph} implements it for tests and small graphs. Implementations must be safe
 * for concurrent reads.
 */
public interface ProvenanceGraph {

    Optional<Node> node(String id);

    /** Edges whose {@code from} is {@code id}: what it derives from (including undirected reuse edges it is part of). */
    List<Edge> sourcesOf(String id);

    /** Edges whose {@code to} is {@code id}: what derives from it (including undirected reuse edges it is part of). */
    List<Edge> derivativesOf(String id);
}
