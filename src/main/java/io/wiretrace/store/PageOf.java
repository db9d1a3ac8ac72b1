package io.wiretrace.store;

import java.util.List;

/**
 * One page of a list.
 *
 * @param total      how many items the whole list holds: exact when {@code totalExact}, else PostgreSQL's estimate
 *                   (counting stops at {@link ArticleSearch#EXACT_TOTAL_UP_TO})
 * @param totalExact whether {@code total} was counted
 */
public record PageOf<T>(List<T> items, int page, int size, long total, boolean totalExact) {
}
