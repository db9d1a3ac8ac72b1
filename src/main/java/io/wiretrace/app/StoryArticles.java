package io.wiretrace.app;

import io.wiretrace.article.Article;
import io.wiretrace.attribution.Attribution;
import io.wiretrace.event.StoryArticle;
import io.wiretrace.outlet.Outlet;
import java.util.List;

/** A stored article as the event rules see it. */
final class StoryArticles {

    private StoryArticles() {
    }

    static StoryArticle of(Article a, List<Attribution> credits) {
        Outlet o = a.outlet();
        return new StoryArticle(a.id(), a.url(), o == null ? null : o.key(), o == null ? null : o.name(),
                a.extracted().bodyText(), credits);
    }
}
