package io.wiretrace.account;

/** A user name or token name that is taken; {@link #field()} names the request field. */
public class AccountConflict extends RuntimeException {
    private final String field;

    public AccountConflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
