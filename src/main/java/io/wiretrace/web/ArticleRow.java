package io.wiretrace.web;

import io.wiretrace.article.Article;
import java.util.List;

/** One line of an article list: headline, outlet, address, times. */
public record ArticleRow(long id, String title, String outlet, String outletHref, String url, String published,
                         String seen) {

    static ArticleRow of(Article a) {
        String shown = a.finalUrl() != null ? a.finalUrl() : a.url();
        return new ArticleRow(a.id(), a.extracted().title() != null ? a.extracted().title() : "Article " + a.id(),
                a.outlet() == null ? null : a.outlet().name(), a.outlet() == null ? null : Links.outlet(a.outlet().key()),
                shown, Times.of(a.extracted().publishedAt()), Times.of(a.createdAt()));
    }

    static List<ArticleRow> of(List<Article> articles) {
        return articles.stream().map(ArticleRow::of).toList();
    }
}
