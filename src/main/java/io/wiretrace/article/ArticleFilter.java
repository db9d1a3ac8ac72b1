package io.wiretrace.article;

/** Filters of the article list; null fields do not filter. */
public record ArticleFilter(String url, String outletKey, String words) {
}
