package io.wiretrace.api;

import java.util.List;

/** A page of a list. */
public record PageJson<T>(List<T> items, int page, int size, long total) {
}
