/**
 * Fetching pages safely: the {@link io.wiretrace.ingest.PageFetcher} port, its policy (timeouts, size caps, redirects,
 * address filtering) and the record of what a fetch returned. Pure Java.
 */
package io.wiretrace.ingest;
