package io.wiretrace.app;

import io.wiretrace.article.Article;
import io.wiretrace.article.ArticleNotFound;
import io.wiretrace.reuse.ReuseClass;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.ReuseMatchStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/** Reads the reuse matches of an article, and the full alignment of one pair. */
@ApplicationScoped
public class ReadReuse {

    /** A match seen from one article (side A), with the other article. */
    public record Seen(ReuseMatch match, Article other) {
    }

    private final ArticleStore articles;
    private final ReuseMatchStore matches;
    private final MatchReuse reuse;

    public ReadReuse(ArticleStore articles, ReuseMatchStore matches, MatchReuse reuse) {
        this.articles = articles;
        this.matches = matches;
        this.reuse = reuse;
    }

    /** Some of an article's matches, and how many there are in all under the same filter. */
    public record Listing(List<Seen> items, int total) {
    }

    /**
     * The best {@code limit} stored matches of an article among those of the given classes; only those are loaded.
     */
    @Transactional
    public Listing matchesOf(long id, Set<ReuseClass> classes, int limit) {
        articles.find(id).orElseThrow(() -> new ArticleNotFound(id));
        String self = Long.toString(id);
        List<ReuseMatch> kept = matches.of(id).stream().filter(m -> classes.contains(m.reuseClass()))
                .map(m -> ReuseMatches.orientTo(self, m)).sorted(ReuseMatches.BEST_FIRST).toList();
        List<Seen> items = kept.stream().limit(limit)
                .map(m -> new Seen(m, articles.find(Long.parseLong(m.bId())).orElseThrow()))
                .toList();
        return new Listing(items, kept.size());
    }

    /** The full comparison of two stored articles, computed now, with {@code id} as side A. */
    public Seen pair(long id, long otherId) {
        Article a = loaded(id);
        Article b = loaded(otherId);
        return new Seen(reuse.compare(a, b), b);
    }

    private Article loaded(long id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> articles.find(id)).orElseThrow(() -> new ArticleNotFound(id));
    }
}
