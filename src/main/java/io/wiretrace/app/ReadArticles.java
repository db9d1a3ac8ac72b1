package io.wiretrace.app;

import io.wiretrace.article.Article;
import io.wiretrace.article.ArticleNotFound;
import io.wiretrace.article.Snapshot;
import io.wiretrace.article.ArticleFilter;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.AttributionStore;
import io.wiretrace.article.StoredAttribution;
import java.util.List;
import java.util.Map;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.article.PageOf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads stored articles. */
@ApplicationScoped
public class ReadArticles {

    /** Marks around the found words of {@link #snippets}. */
    public static final char MARK_START = ArticleStore.MARK_START;
    public static final char MARK_END = ArticleStore.MARK_END;

    private final ArticleStore articles;
    private final AttributionStore attributions;
    private final SearchLimits limits;

    public ReadArticles(ArticleStore articles, AttributionStore attributions, WiretraceConfig config) {
        this.articles = articles;
        this.attributions = attributions;
        this.limits = new SearchLimits(config.search().maxQueryChars(), config.search().maxQueryWords());
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

    /**
     * Articles matching the filter: by relevance when it has words, else newest first. A query over its caps, or a
     * page starting too deep, is an {@link io.wiretrace.article.InvalidInput} naming {@code q} or {@code page}.
     */
    @Transactional
    public PageOf<Article> list(ArticleFilter filter, int page, int size) {
        limits.checkQuery("q", filter.words());
        SearchLimits.checkPage(page, size);
        return articles.search(filter, page, size);
    }

    /** Passages of these articles where the query's words occur, each found word between the marks. */
    @Transactional
    public Map<Long, String> snippets(List<Long> ids, String query) {
        return articles.snippets(ids, query);
    }
}
