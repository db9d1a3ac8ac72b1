/**
 * Turns a page (HTML) or a plain text into an {@link io.wiretrace.extract.ExtractedArticle}: metadata, main body text
 * with boilerplate removed, markup signals and links. The only package that touches Jsoup. Pure Java.
 */
package io.wiretrace.extract;
