package io.wiretrace.store;

import io.wiretrace.article.ArticleFilter;
import io.wiretrace.article.PageOf;

import com.fasterxml.jackson.core.type.TypeReference;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored articles as {@link Article} records. Callers own the transaction. */
@ApplicationScoped
public class ArticleStore {

    /** Marks around the found words of {@link #snippets}. */
    public static final char MARK_START = ArticleSearch.MARK_START;
    public static final char MARK_END = ArticleSearch.MARK_END;

    private final ArticleRepository articles;
    private final SnapshotRepository snapshots;
    private final OutletStore outlets;
    private final JsonColumns json;
    private final ArticleSearch search;

    public ArticleStore(ArticleRepository articles, SnapshotRepository snapshots, OutletStore outlets, JsonColumns json,
                        ArticleSearch search) {
        this.search = search;
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
        entity.createdAt = article.firstSeen() == null ? Instant.now() : article.firstSeen();
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

    /** Articles matching the filter: by relevance for words, else newest first ({@link ArticleSearch}). */
    public PageOf<Article> search(ArticleFilter filter, int page, int size) {
        ArticleSearch.Ids found = search.find(filter, page, size);
        Map<Long, ArticleEntity> byId = new java.util.HashMap<>();
        if (!found.ids().isEmpty()) {
            articles.list("id in ?1", found.ids()).forEach(a -> byId.put(a.id, a));
        }
        List<Article> items = found.ids().stream().map(byId::get).filter(java.util.Objects::nonNull).map(this::toRecord)
                .toList();
        return new PageOf<>(items, page, size, found.total(), found.exact());
    }

    /**
     * Passages of these articles where the query's words occur, each word found between {@code markStart} and
     * {@code markEnd}; an article without a passage is absent.
     */
    public Map<Long, String> snippets(List<Long> ids, String query) {
        return search.snippets(ids, query);
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
