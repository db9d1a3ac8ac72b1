package io.wiretrace.api;

/** {@code POST /api/imports} as JSON: the name of a file in the configured import directory. */
public record ImportRequest(String file) {
}
