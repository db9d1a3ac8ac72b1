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
    private final OutletDirectory outlets;

    public ReadArticles(ArticleStore articles, AttributionStore attributions, WiretraceConfig config,
                        OutletDirectory outlets) {
        this.articles = articles;
        this.attributions = attributions;
        this.outlets = outlets;
        this.limits = new SearchLimits(config.search().maxQueryChars(), config.search().maxQueryWords());
    }

    /**
     * The list filter a client typed (blank values do not filter): an outlet nobody knows (key, name or domain) or a
     * URL that is no http(s) URL would match nothing, so either is refused naming {@code outlet} or {@code url}.
     */
    public ArticleFilter filter(String url, String outlet, String words) {
        String typedOutlet = blank(outlet);
        String outletKey = typedOutlet == null ? null : outlets.knownKeyOf(typedOutlet);
        String typedUrl = blank(url);
        if (typedUrl != null && io.wiretrace.url.UrlIdentity.keyOrNull(typedUrl) == null) {
            throw new io.wiretrace.article.InvalidInput("url", "url '" + typedUrl + "' is not an http(s) URL; "
                    + "articles are found by any form of their URL, such as https://example.com/news/story");
        }
        return new ArticleFilter(typedUrl, outletKey, blank(words));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
