/**
 * Text-reuse detection: normalisation, shingles, MinHash/LSH and partial-reuse keys for candidate lookup, anchor
 * facts, and pairwise verification (containment, verbatim passages, sentence alignment by meaning, classification).
 * Pure Java; storing fingerprints and indexing their keys is an adapter's job ({@link io.wiretrace.reuse.CandidateIndex}).
 */
package io.wiretrace.reuse;
