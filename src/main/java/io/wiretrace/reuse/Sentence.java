package io.wiretrace.reuse;

/**
 * One sentence of a text.
 *
 * @param index position among the text's sentences, from 0
 * @param text the sentence, trimmed
 * @param start offset of its first char in the original text
 * @param end offset just past its last char
 */
public record Sentence(int index, String text, int start, int end) {

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence range: " + start + ".." + end);
        }
    }
}
