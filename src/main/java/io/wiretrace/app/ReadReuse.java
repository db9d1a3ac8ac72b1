package io.wiretrace.app;

import io.wiretrace.ingest.Article;
import io.wiretrace.ingest.ArticleNotFound;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.ReuseMatchStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

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

    /** Stored matches of an article, best first. */
    @Transactional
    public List<Seen> matchesOf(long id) {
        articles.find(id).orElseThrow(() -> new ArticleNotFound(id));
        String self = Long.toString(id);
        return matches.of(id).stream().map(m -> ReuseMatches.orientTo(self, m)).sorted(ReuseMatches.BEST_FIRST)
                .map(m -> new Seen(m, articles.find(Long.parseLong(m.bId())).orElseThrow()))
                .toList();
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
