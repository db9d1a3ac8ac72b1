package io.wiretrace.reuse;

import java.util.List;

/**
 * Two sentences, one from each text, aligned as saying the same thing.
 *
 * @param a the sentence in the first text
 * @param b the sentence in the second text
 * @param similarity combined similarity in [0, 1] that the alignment used
 * @param lexical TF-IDF cosine of the pair
 * @param semantic embedding cosine of the pair; NaN when the aligner has no semantic embedder or settled the pair on
 *     its lexical score alone (nearly the same words)
 * @param sharedAnchors anchor facts (numbers, names, quotes) found in both sentences
 */
public record SentencePair(Sentence a, Sentence b, double similarity, double lexical, double semantic,
        List<Anchor> sharedAnchors) {

    public SentencePair {
        sharedAnchors = List.copyOf(sharedAnchors);
    }
}
