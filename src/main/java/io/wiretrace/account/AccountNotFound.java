package io.wiretrace.account;

/** No account or token with the given name or id. */
public class AccountNotFound extends RuntimeException {
    public AccountNotFound(String message) {
        super(message);
    }
}
