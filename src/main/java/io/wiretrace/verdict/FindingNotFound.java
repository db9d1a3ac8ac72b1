package io.wiretrace.verdict;

/** A verdict names a finding that is not there; {@link #field()} names the request field that pointed to it. */
public class FindingNotFound extends RuntimeException {

    private final String field;

    public FindingNotFound(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
