package io.wiretrace.api;

import io.wiretrace.article.InvalidInput;

/** Ids in paths: positive integers, else a 400 naming the value. */
final class PathIds {

    private PathIds() {
    }

    /** @param what what the id names ("event", "webhook"), for the message */
    static long of(String what, String value) {
        return of("id", what, value);
    }

    /** The same for the path parameter {@code field}. */
    static long of(String field, String what, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidInput(field, what + " id '" + value + "' is not a positive integer");
    }
}
