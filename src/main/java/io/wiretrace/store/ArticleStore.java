package io.wiretrace.store;

import io.wiretrace.article.ArticleFilter;
import io.wiretrace.article.PageOf;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsonLdFacts;
import io.wiretrace.extract.MarkupSignal;
import io.wiretrace.extract.OutboundLink;
import io.wiretrace.article.Article;
import io.wiretrace.ingest.FetchRecord;
import io.wiretrace.ingest.FetchedPage;
import io.wiretrace.article.Snapshot;
import io.wiretrace.url.UrlIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored articles as {@link Article} records. Callers own the transaction. */
@ApplicationScoped
public class ArticleStore {

    private final ArticleRepository articles;
    private final SnapshotRepository snapshots;
    private final OutletStore outlets;
    private final JsonColumns json;

    public ArticleStore(ArticleRepository articles, SnapshotRepository snapshots, OutletStore outlets, JsonColumns json) {
        this.articles = articles;
        this.snapshots = snapshots;
        this.outlets = outlets;
        this.json = json;
    }

    /** Serialises writers of one URL (or one content hash) until the transaction ends. */
    public void lock(String key) {
        articles.getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", key)
                .getSingleResult();
    }

    public Optional<Article> find(long id) {
        return articles.findByIdOptional(id).map(this::toRecord);
    }

    /** The stored article with this URL (or, without URL, this input kind) and this content, if any. */
    public Optional<Article> findSame(String urlKey, String inputKind, String sha256) {
        var query = urlKey == null
                ? articles.find("urlKey is null and inputKind = ?1 and contentSha256 = ?2", inputKind, sha256)
                : articles.find("urlKey = ?1 and contentSha256 = ?2 and duplicateOf is null", urlKey, sha256);
        return query.firstResultOptional().map(this::toRecord);
    }

    /** Id of the newest revision stored for a URL key. */
    public Optional<Long> latestRevision(String urlKey) {
        return articles.find("urlKey = ?1 and duplicateOf is null", Sort.descending("id"), urlKey)
                .firstResultOptional().map(a -> a.id);
    }

    public Article insert(NewArticle article) {
        ArticleEntity entity = new ArticleEntity();
        ExtractedArticle x = article.extracted();
        entity.inputKind = article.inputKind();
        entity.url = article.url();
        entity.urlKey = article.urlKey();
        entity.finalUrl = article.finalUrl();
        entity.canonicalUrl = x.canonicalUrl();
        entity.finalUrlKey = UrlIdentity.keyOrNull(article.finalUrl());
        entity.canonicalUrlKey = UrlIdentity.keyOrNull(x.canonicalUrl());
        entity.outlet = article.outletKey() == null ? null : outlets.entity(article.outletKey()).orElse(null);
        entity.title = x.title();
        entity.authors = String.join("\n", x.authors());
        entity.byline = x.byline();
        entity.publishedAt = x.publishedAt();
        entity.modifiedAt = x.modifiedAt();
        entity.language = x.language();
        entity.description = x.description();
        entity.siteName = x.siteName();
        entity.bodyText = x.bodyText();
        entity.contentSha256 = article.contentSha256();
        entity.extractionJson = json.write(new Extras(x.siteDomain(), x.jsonLd(), x.markup(), x.links()));
        FetchRecord fetch = article.fetch();
        if (fetch != null) {
            entity.fetchRequestedUrl = fetch.requestedUrl();
            entity.fetchRedirectsJson = json.write(fetch.redirects());
            entity.fetchStatus = fetch.status();
            entity.fetchHeadersJson = json.write(fetch.headers());
            entity.fetchedAt = fetch.fetchedAt();
        }
        entity.revisionOf = article.revisionOf();
        entity.authorBioHash = article.authorBioHash();
        entity.createdAt = Instant.now();
        articles.persist(entity);

        SnapshotEntity snapshot = new SnapshotEntity();
        snapshot.articleId = entity.id;
        snapshot.contentType = article.snapshot().contentType();
        snapshot.rawSize = article.snapshot().bytes().length;
        snapshot.gzipBytes = Gzip.compress(article.snapshot().bytes());
        snapshots.persist(snapshot);
        articles.flush();
        return toRecord(entity);
    }

    /** Ids of articles stored at any of these URLs (requested, final or canonical), at most {@code limit}. */
    public List<Long> idsAtUrls(java.util.Collection<String> urls, int limit) {
        if (urls.isEmpty()) {
            return List.of();
        }
        return articles.getEntityManager().createQuery("select a.id from ArticleEntity a where a.url in :u "
                        + "or a.finalUrl in :u or a.canonicalUrl in :u order by a.id", Long.class)
                .setParameter("u", urls).setMaxResults(limit).getResultList();
    }

    /** Ids of later revisions of an article. */
    public List<Long> revisionsOf(long id) {
        return articles.getEntityManager()
                .createQuery("select a.id from ArticleEntity a where a.revisionOf = :id order by a.id", Long.class)
                .setParameter("id", id).getResultList();
    }

    /** Ids of an outlet's articles, newest first, at most {@code limit}. */
    public List<Long> idsOfOutlet(String outletKey, int limit) {
        return articles.getEntityManager().createQuery(
                        "select a.id from ArticleEntity a where a.outlet.key = :k order by a.id desc", Long.class)
                .setParameter("k", outletKey).setMaxResults(limit).getResultList();
    }

    /** Up to {@code limit} article ids greater than {@code afterId}, ascending. */
    public List<Long> idsAfter(long afterId, int limit) {
        return articles.getEntityManager()
                .createQuery("select a.id from ArticleEntity a where a.id > :after order by a.id", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /** How many other articles, of other outlets, carry an author bio with this fingerprint. */
    public int sharingAuthorBio(long articleId) {
        ArticleEntity self = articles.findById(articleId);
        if (self == null || self.authorBioHash == null) {
            return 0;
        }
        return articles.getEntityManager().createQuery("select count(a) from ArticleEntity a where a.authorBioHash = :h "
                        + "and a.id <> :id and (:outlet is null or a.outlet is null or a.outlet.id <> :outlet)", Long.class)
                .setParameter("h", self.authorBioHash).setParameter("id", articleId)
                .setParameter("outlet", self.outlet == null ? null : self.outlet.id).getSingleResult().intValue();
    }

    public long count() {
        return articles.count();
    }

    public Optional<Snapshot> snapshot(long articleId) {
        return snapshots.findByIdOptional(articleId)
                .map(s -> new Snapshot(s.contentType, Gzip.decompress(s.gzipBytes)));
    }

    /** Articles matching the filter, newest first. */
    public PageOf<Article> search(ArticleFilter filter, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.url() != null) {
            String key = UrlIdentity.keyOrNull(filter.url());
            clauses.add("(url = :url or finalUrl = :url or canonicalUrl = :url or urlKey = :key or finalUrlKey = :key"
                    + " or canonicalUrlKey = :key)");
            params.and("url", filter.url()).and("key", key != null ? key : filter.url());
        }
        if (filter.outletKey() != null) {
            clauses.add("outlet.key = :outlet");
            params.and("outlet", filter.outletKey());
        }
        if (filter.words() != null) {
            int i = 0;
            for (String word : filter.words().trim().split("\\s+")) {
                String name = "w" + i++;
                clauses.add("(lower(title) like :" + name + " or lower(bodyText) like :" + name + ")");
                params.and(name, "%" + escapeLike(word.toLowerCase()) + "%");
            }
        }
        String where = clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        var query = articles.find(where, Sort.descending("createdAt", "id"), params);
        long total = query.count();
        List<Article> items = query.page(Page.of(page, size)).list().stream().map(this::toRecord).toList();
        return new PageOf<>(items, page, size, total);
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Article toRecord(ArticleEntity e) {
        Extras extras = json.read(e.extractionJson, Extras.class);
        List<String> authors = e.authors == null || e.authors.isEmpty() ? List.of() : Arrays.asList(e.authors.split("\n"));
        ExtractedArticle extracted = new ExtractedArticle(e.title, authors, e.byline, e.publishedAt, e.modifiedAt,
                e.language, e.description, e.siteName, extras.siteDomain(), e.canonicalUrl, e.bodyText,
                extras.jsonLd(), extras.markup(), extras.links());
        FetchRecord fetch = e.fetchStatus == null ? null : new FetchRecord(e.fetchRequestedUrl,
                json.read(e.fetchRedirectsJson, new TypeReference<List<FetchedPage.Redirect>>() { }),
                e.fetchStatus, json.read(e.fetchHeadersJson, new TypeReference<Map<String, String>>() { }),
                e.fetchedAt);
        return new Article(e.id, e.inputKind, e.url, e.finalUrl,
                e.outlet == null ? null : OutletStore.toRecord(e.outlet), extracted, e.contentSha256, fetch,
                e.revisionOf, e.createdAt);
    }

    /** Extraction results kept as one JSON column. */
    record Extras(String siteDomain, JsonLdFacts jsonLd, List<MarkupSignal> markup, List<OutboundLink> links) {
    }
}
