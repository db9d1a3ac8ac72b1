package io.wiretrace.article;

import java.util.List;

/** One page of a list, newest first. */
public record PageOf<T>(List<T> items, int page, int size, long total) {
}
