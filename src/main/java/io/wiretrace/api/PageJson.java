package io.wiretrace.api;

import java.util.List;

/**
 * A page of a list.
 *
 * @param total      how many items match (an article search counts up to 1,000 and estimates beyond, with
 *                   {@code totalExact} false)
 * @param totalExact whether {@code total} was counted
 */
public record PageJson<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    /** A page whose total was counted. */
    public PageJson(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }
}
