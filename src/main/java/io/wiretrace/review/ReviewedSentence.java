package io.wiretrace.review;

import java.util.List;

/**
 * One sentence of one side, classed.
 *
 * @param index position among that side's sentences, from 0
 * @param text the sentence
 * @param start offset in that side's bodyText
 * @param end end offset (exclusive)
 * @param sentenceClass how it relates to the other side
 * @param counterparts aligned sentences of the other side, best first (usually one; two when a rewrite merged or
 *     split sentences); empty for ADDED and DROPPED
 * @param diff word-level diff against the best counterpart, from the rewrite's point of view; empty unless EDITED
 */
public record ReviewedSentence(int index, String text, int start, int end, SentenceClass sentenceClass,
        List<Counterpart> counterparts, List<DiffOp> diff) {

    public ReviewedSentence {
        counterparts = List.copyOf(counterparts);
        diff = List.copyOf(diff);
    }
}
