/**
 * Text-reuse detection: normalisation, shingles, MinHash/LSH and partial-reuse keys for candidate lookup, anchor
 * facts, and pairwise verification (containment, verbatim passages, sentence alignment by meaning, classification).
 * Pure Java; storing fingerprints and indexing their keys is an adapter's job ({@link io.wiretrace.reuse.CandidateIndex}).
 *
 * <h2>Pipeline</h2>
 * <ol>
 * <li>{@link io.wiretrace.reuse.TextNormalizer}: NFKC, case fold, apostrophes/quotes/dashes unified, punctuation
 * dropped; every token keeps its character range in the original text.</li>
 * <li>{@link io.wiretrace.reuse.Fingerprinter} gives a {@link io.wiretrace.reuse.Fingerprint} per article: word
 * 5-shingles hashed to 64 bits (FNV-1a + murmur3 mix, never {@code String.hashCode}), a 128-value MinHash signature,
 * 32 LSH band keys of 4 rows (threshold ≈ 0.42 Jaccard), winnowing keys (window 16: any shared run of 20 words shares
 * a key) and anchor-fact keys (quotes, numbers with context, multi-word names). Why these values:
 * {@link io.wiretrace.reuse.FingerprintParameters}.</li>
 * <li>A {@link io.wiretrace.reuse.CandidateIndex} answers from key postings only: band collisions find
 * near-duplicates, two shared winnowing keys find a copied passage inside a long text (where Jaccard is tiny), three
 * shared anchor facts find rewrites with no shared wording; keys held by more than 1,000 articles are ignored
 * ({@link io.wiretrace.reuse.CandidatePolicy}).</li>
 * <li>{@link io.wiretrace.reuse.PairComparer} verifies each candidate exactly and returns a
 * {@link io.wiretrace.reuse.ReuseMatch}: containment both ways, Jaccard, verbatim passages (seed-and-extend, greedy
 * tiling, merge across edits of up to 4 words) with offsets in both texts, sentence pairs aligned by
 * {@link io.wiretrace.reuse.SentenceAligner} (TF-IDF and, optionally, the in-process all-MiniLM-L6-v2 model), shared
 * facts, which text is earlier, and a {@link io.wiretrace.reuse.ReuseClass} from
 * {@link io.wiretrace.reuse.ReuseClassifier} with thresholds in {@link io.wiretrace.reuse.ReuseThresholds}.
 * Formula sentences the store has learned ({@link io.wiretrace.reuse.Formulas}, keyed by
 * {@link io.wiretrace.reuse.SentenceKeys}) are blanked first.</li>
 * <li>{@link io.wiretrace.reuse.DependenceJudge} gives the degree, a {@link io.wiretrace.reuse.Dependence}: wholly or
 * partially derived or independent, from quotation-blind sentence tracing ({@link io.wiretrace.reuse.DependenceMeasurer},
 * {@link io.wiretrace.reuse.QuotedSpeech}) read by a trained {@link io.wiretrace.reuse.DependenceModel}; the class
 * then follows the degree where wording alone misleads ({@link io.wiretrace.reuse.DegreeCheck}).</li>
 * </ol>
 * {@link io.wiretrace.reuse.SyntheticCorpusGenerator} makes corpora with known injected reuse for benchmarks.
 */
package io.wiretrace.reuse;
