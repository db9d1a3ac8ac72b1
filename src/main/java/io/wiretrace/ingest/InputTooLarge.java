package io.wiretrace.ingest;

/** A submitted field is over its size cap. */
public class InputTooLarge extends RuntimeException {
    public InputTooLarge(String message) {
        super(message);
    }
}
