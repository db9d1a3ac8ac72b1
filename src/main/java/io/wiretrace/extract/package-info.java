/**
 * Turns a page (HTML) or a plain text into an {@link io.wiretrace.extract.ExtractedArticle}: metadata, JSON-LD facts,
 * main body text with boilerplate removed (Readability-style scoring that keeps credit lines), markup signals and
 * links. {@link io.wiretrace.extract.JsoupArticleExtractor} is the entry point; the only package that touches Jsoup.
 */
package io.wiretrace.extract;
