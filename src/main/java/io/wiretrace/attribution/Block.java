package io.wiretrace.attribution;

import java.util.Locale;

/**
 * One non-blank line of the body text with its offsets; {@code index} counts lines from the start of the body.
 *
 * @param text  the line, stripped
 * @param start offset of {@code text} in bodyText
 * @param end   end offset (exclusive)
 * @param index position among the body's lines (0-based)
 * @param lower {@code text} lower-cased with {@link Locale#ROOT}, once: most rules' keyword filters and the photo cues
 *              read it, and lower-casing every line again per rule was a tenth of detection
 */
record Block(String text, int start, int end, int index, String lower) {

    Block(String text, int start, int end, int index) {
        this(text, start, end, index, text.toLowerCase(Locale.ROOT));
    }
}
