package io.wiretrace.api;

import java.util.List;

/**
 * A page of a list.
 *
 * @param total      how many items match: counted exactly up to 1,000, estimated beyond ({@code totalExact} false)
 * @param totalExact whether {@code total} was counted
 */
public record PageJson<T>(List<T> items, int page, int size, long total, boolean totalExact) {
}
