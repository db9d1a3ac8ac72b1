/**
 * URL identity: the one place that decides when two URLs name the same page ({@link io.wiretrace.url.UrlIdentity})
 * and what a URL's host is ({@link io.wiretrace.url.Hosts}). Ingest deduplication, credited URLs, provenance node ids
 * and outlet domains all use it. Pure Java.
 */
package io.wiretrace.url;
