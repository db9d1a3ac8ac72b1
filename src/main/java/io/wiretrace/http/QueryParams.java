package io.wiretrace.http;

import io.wiretrace.article.InvalidInput;

/**
 * Numbers and flags in query strings and page addresses (pages, sizes, limits, ids), for the API and the web pages
 * alike: absent or blank means the default, anything else unreadable or out of range is a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** A whole number in [min, max]; {@code name} is the parameter, named in the message. */
    public static long number(String name, String value, long fallback, long min, long max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String digits = value.strip();
        if (digits.matches("[0-9]{1,18}")) {
            long n = Long.parseLong(digits);
            if (n >= min && n <= max) {
                return n;
            }
        }
        throw new InvalidInput(name, name + " '" + value + "' must be a whole number from " + min + " to " + max);
    }

    /** {@link #number} within the range of an int. */
    public static int integer(String name, String value, int fallback, int min, int max) {
        return (int) number(name, value, fallback, min, max);
    }

    /** true or false; absent means the default. */
    public static Boolean flag(String name, String value, Boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput(name, name + " '" + value + "' must be true or false");
        };
    }
}
