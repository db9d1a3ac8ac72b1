/**
 * HTTP errors shared by the REST API and the web pages: the one mapping of exceptions to RFC 9457 problems
 * ({@code application/problem+json}, or the HTML error page for a browser). Both {@code api} and {@code web} use it;
 * it uses neither, so the two HTTP adapters stay independent of each other.
 */
package io.wiretrace.http;
