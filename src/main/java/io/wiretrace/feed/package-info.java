/**
 * The only package that touches the feed, sitemap and robots.txt libraries: Rome for RSS 2.0, RSS 1.0/RDF and Atom,
 * Jackson for JSON Feed, crawler-commons for sitemaps (plain, index, Google News) and robots.txt. Turns bytes into the
 * {@code watch} package's values; no hand-written parsers of these formats.
 */
package io.wiretrace.feed;
