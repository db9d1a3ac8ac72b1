/**
 * Watching sources (feeds and sitemaps) as rules without a framework: kinds of source, the items a feed lists, the
 * adaptive poll interval and error backoff, the revision re-check schedule, and the health statistics behind alerts.
 */
package io.wiretrace.watch;
