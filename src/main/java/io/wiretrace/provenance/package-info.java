/**
 * Provenance graph core: nodes (articles, outlets, placeholders), derivation edges with evidence and combined
 * confidence, building edges from credits and text reuse, chain ranking to an origin, derivative trees and story
 * clusters, over a small read interface that persistence adapts. Pure Java.
 */
package io.wiretrace.provenance;
