package io.wiretrace.attribution;

/**
 * One non-blank line of the body text with its offsets; {@code index} counts lines from the start of the body.
 *
 * @param text  the line, stripped
 * @param start offset of {@code text} in bodyText
 * @param end   end offset (exclusive)
 * @param index position among the body's lines (0-based)
 */
record Block(String text, int start, int end, int index) {
}
