package io.wiretrace.app;

import io.wiretrace.article.InvalidInput;

/**
 * Bounds of an article search, checked at the edge (API and web page) with a 400 naming the parameter: a word query's
 * characters and words (each word is a term of the index lookup) and how deep a page may start (an offset makes the
 * database read every row before it).
 */
public record SearchLimits(int maxQueryChars, int maxQueryWords) {

    /** Rows a page may skip. */
    public static final int MAX_OFFSET = 100_000;

    /** The query as given, or a 400 naming {@code field}. */
    public String checkQuery(String field, String q) {
        if (q == null) {
            return null;
        }
        if (q.length() > maxQueryChars) {
            throw new InvalidInput(field, field + " has " + q.length() + " characters, over the cap of " + maxQueryChars);
        }
        int words = q.isBlank() ? 0 : q.strip().split("\\s+").length;
        if (words > maxQueryWords) {
            throw new InvalidInput(field, field + " has " + words + " words, over the cap of " + maxQueryWords);
        }
        return q;
    }

    /** A 400 naming {@code page} when the page starts beyond {@link #MAX_OFFSET}. */
    public static void checkPage(int page, int size) {
        if ((long) page * size > MAX_OFFSET) {
            throw new InvalidInput("page", "page " + page + " of size " + size + " starts after row " + MAX_OFFSET
                    + ", the deepest a page may start; narrow the search instead");
        }
    }
}
