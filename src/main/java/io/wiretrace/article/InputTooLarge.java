package io.wiretrace.article;

/** A submitted field is over its size cap. */
public class InputTooLarge extends RuntimeException {
    private final String field;

    public InputTooLarge(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field over its cap. */
    public String field() {
        return field;
    }
}
