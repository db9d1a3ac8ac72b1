package io.wiretrace.api;

import io.wiretrace.article.Article;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One line of the article list; {@code archive}: the archive an imported article came from, else null. */
public record ArticleSummaryJson(long id, String url, String finalUrl, OutletJson outlet, String title,
                                 OffsetDateTime publishedAt, Instant createdAt, String contentSha256, Long revisionOf,
                                 ArticleJson.ArchiveJson archive) {

    static ArticleSummaryJson of(Article a, io.wiretrace.archive.ArchiveOrigin origin) {
        return new ArticleSummaryJson(a.id(), a.url(), a.finalUrl(), OutletJson.of(a.outlet()), a.extracted().title(),
                a.extracted().publishedAt(), a.createdAt(), a.contentSha256(), a.revisionOf(), ArticleJson.ArchiveJson.of(origin));
    }
}
