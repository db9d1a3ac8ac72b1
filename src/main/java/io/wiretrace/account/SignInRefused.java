package io.wiretrace.account;

/**
 * Credentials were presented and are not good: unknown, wrong password, expired, revoked, or a deactivated account.
 * The message says which for tokens (the holder knows the token), and never says whether a user name exists.
 */
public class SignInRefused extends RuntimeException {
    public SignInRefused(String message) {
        super(message);
    }
}
