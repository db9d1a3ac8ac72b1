package io.wiretrace.app;

import io.wiretrace.article.Article;
import io.wiretrace.article.ArticleNotFound;
import io.wiretrace.article.Snapshot;
import io.wiretrace.article.ArticleFilter;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.AttributionStore;
import io.wiretrace.article.StoredAttribution;
import java.util.List;
import io.wiretrace.article.PageOf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads stored articles. */
@ApplicationScoped
public class ReadArticles {

    private final ArticleStore articles;
    private final AttributionStore attributions;

    public ReadArticles(ArticleStore articles, AttributionStore attributions) {
        this.articles = articles;
        this.attributions = attributions;
    }

    /** An article with its stored attributions. */
    public record ArticleView(Article article, List<StoredAttribution> attributions) {
    }

    @Transactional
    public ArticleView view(long id) {
        return new ArticleView(byId(id), attributions.of(id));
    }

    @Transactional
    public List<StoredAttribution> attributions(long id) {
        byId(id);
        return attributions.of(id);
    }

    @Transactional
    public Article byId(long id) {
        return articles.find(id).orElseThrow(() -> new ArticleNotFound(id));
    }

    @Transactional
    public Snapshot snapshot(long id) {
        return articles.snapshot(id).orElseThrow(() -> new ArticleNotFound(id));
    }

    @Transactional
    public PageOf<Article> list(ArticleFilter filter, int page, int size) {
        return articles.search(filter, page, size);
    }
}
