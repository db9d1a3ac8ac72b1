/**
 * Exports a provenance {@link io.wiretrace.provenance.Subgraph} for the people and tools that work with provenance:
 * W3C PROV-JSON, PROV-O as JSON-LD, GraphML (Gephi, yEd) and CSV of edges. Pure string building, escaped. Pure Java.
 */
package io.wiretrace.provenance.export;
