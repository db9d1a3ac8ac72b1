/**
 * Finds each statement of where an article's content came from (credits, syndication notices, datelines, markup) and
 * resolves the credited party to an outlet, with the exact evidence. {@link io.wiretrace.attribution.AttributionDetector}
 * runs one small {@link io.wiretrace.attribution.Rule} per phrasing family and removes self-references and duplicates.
 * Pure Java.
 */
package io.wiretrace.attribution;
