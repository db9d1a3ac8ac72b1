package io.wiretrace.web;

import io.wiretrace.article.Article;
import io.wiretrace.app.ReadArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One line of an article list: headline, outlet, address, times, and for a word search the passages where the words
 * occur ({@code snippet}, the found words {@code marked}). Long titles and addresses are shortened.
 */
public record ArticleRow(long id, String title, String outlet, String outletHref, String url, String published,
                         String seen, List<Part> snippet) {

    /** A piece of a snippet: a found word when {@code marked}. */
    public record Part(String text, boolean marked) {
    }

    static ArticleRow of(Article a, String snippet) {
        String shown = a.finalUrl() != null ? a.finalUrl() : a.url();
        String title = a.extracted().title() != null ? a.extracted().title() : "Article " + a.id();
        return new ArticleRow(a.id(), Shorten.of(title, Shorten.TITLE), a.outlet() == null ? null : a.outlet().name(),
                a.outlet() == null ? null : Links.outlet(a.outlet().key()), Shorten.of(shown, Shorten.URL),
                Times.of(a.extracted().publishedAt()), Times.of(a.createdAt()), parts(snippet));
    }

    static List<ArticleRow> of(List<Article> articles) {
        return of(articles, Map.of());
    }

    static List<ArticleRow> of(List<Article> articles, Map<Long, String> snippets) {
        return articles.stream().map(a -> of(a, snippets.get(a.id()))).toList();
    }

    /** Splits a snippet at its marks; a snippet without a found word is dropped. */
    static List<Part> parts(String snippet) {
        if (snippet == null || snippet.indexOf(ReadArticles.MARK_START) < 0) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < snippet.length()) {
            int start = snippet.indexOf(ReadArticles.MARK_START, at);
            if (start < 0) {
                parts.add(new Part(snippet.substring(at), false));
                break;
            }
            int end = snippet.indexOf(ReadArticles.MARK_END, start);
            end = end < 0 ? snippet.length() : end;
            if (start > at) {
                parts.add(new Part(snippet.substring(at, start), false));
            }
            parts.add(new Part(snippet.substring(start + 1, end), true));
            at = end + 1;
        }
        return parts;
    }
}
