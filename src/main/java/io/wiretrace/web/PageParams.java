package io.wiretrace.web;

import io.wiretrace.article.InvalidInput;

/** Numbers in page addresses (page numbers, ids): a bad one is a 400 naming the parameter, shown as the error page. */
final class PageParams {

    private PageParams() {
    }

    /** A whole number in [min, max] (blank: min), else a 400 naming the parameter. */
    static long number(String name, String value, long min, long max) {
        if (value == null || value.isBlank()) {
            return min;
        }
        if (value.strip().matches("[0-9]{1,18}")) {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        }
        throw new InvalidInput(name, name + " '" + value + "' is not a whole number from " + min + " to " + max);
    }
}
