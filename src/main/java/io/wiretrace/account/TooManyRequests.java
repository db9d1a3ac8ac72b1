package io.wiretrace.account;

/** A limit was reached; the caller may try again after {@link #retryAfterSeconds()}. */
public class TooManyRequests extends RuntimeException {
    private final long retryAfterSeconds;

    public TooManyRequests(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
