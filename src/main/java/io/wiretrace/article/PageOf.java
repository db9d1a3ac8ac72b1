package io.wiretrace.article;

import java.util.List;

/**
 * One page of a list.
 *
 * @param total      how many items the whole list holds: exact when {@code totalExact}, else PostgreSQL's estimate
 *                   (the store stops counting at a bound)
 * @param totalExact whether {@code total} was counted
 */
public record PageOf<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    /** A page whose total was counted. */
    public PageOf(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }
}
