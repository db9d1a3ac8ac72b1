package io.wiretrace.account;

/** The single sign-on provider could not be reached or answered what no provider should; the login may be tried again. */
public class SsoUnavailable extends RuntimeException {
    public SsoUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
