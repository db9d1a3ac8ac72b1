package io.wiretrace.api;

import io.wiretrace.article.InvalidInput;

/** Numbers in query strings (pages, sizes, limits): absent means the default, anything else out of range is a 400. */
final class QueryParams {

    private QueryParams() {
    }

    /** @param name the parameter, named in the message */
    static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidInput(name, name + " '" + value + "' must be an integer from " + min + " to " + max);
    }

    /** true or false; absent means the default. */
    static Boolean flag(String name, String value, Boolean fallback) {
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
