package io.wiretrace.api;

/**
 * Body of {@code PATCH /api/sources/{id}}: what to change; an absent field is left as it is.
 *
 * @param paused      true pauses polling, false resumes it
 * @param minInterval ISO-8601 duration
 * @param maxInterval ISO-8601 duration
 * @param outlet      outlet key
 */
public record SourcePatch(Boolean paused, String minInterval, String maxInterval, String outlet) {
}
