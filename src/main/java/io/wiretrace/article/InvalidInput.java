package io.wiretrace.article;

/** A request field has a bad value; {@link #field()} names it. */
public class InvalidInput extends RuntimeException {
    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
