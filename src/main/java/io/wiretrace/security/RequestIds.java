package io.wiretrace.security;

import java.util.UUID;
import java.util.regex.Pattern;

/** A request's id: the client's {@code X-Request-Id} when it is a plain token of at most 100 characters, else new. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    public static String of(String header) {
        return header != null && PLAIN.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
