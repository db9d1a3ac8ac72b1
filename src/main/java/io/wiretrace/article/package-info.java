/**
 * The article model shared by every layer: a stored {@link io.wiretrace.article.Article} and its
 * {@link io.wiretrace.article.Snapshot}, what a client sends ({@link io.wiretrace.article.ArticleInput}), attributions
 * as stored, list filters and pages, and the errors about articles and input. Values that both {@code app} and
 * {@code store} use live here, in a domain package, so that neither adapter depends on the other's types.
 */
package io.wiretrace.article;
