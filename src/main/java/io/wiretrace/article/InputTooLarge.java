package io.wiretrace.article;

/** A submitted field is over its size cap. */
public class InputTooLarge extends RuntimeException {
    public InputTooLarge(String message) {
        super(message);
    }
}
