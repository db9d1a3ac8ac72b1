package io.wiretrace.web;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.article.Article;
import io.wiretrace.ingest.FetchRecord;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletKind;
import java.time.Instant;
import java.util.List;

/** Test data: stored articles as the use cases return them. */
final class Articles {

    static final Instant SEEN = Instant.parse("2026-03-01T10:15:00Z");

    private Articles() {
    }

    static Outlet outlet(String key, String name, OutletKind kind) {
        return new Outlet(key, name, List.of(), List.of(key + ".com"), kind);
    }

    static Article article(long id, String title, String body, String url, FetchRecord fetch) {
        ExtractedArticle x = new ExtractedArticle(title, List.of("Jane Roe"), "By Jane Roe", null, null, "en", null,
                null, null, null, body, null, null, null);
        return new Article(id, fetch == null ? "text" : "url", url, url, outlet("ndtv", "NDTV", OutletKind.NEWSROOM), x,
                "ab12", fetch, null, SEEN);
    }
}
