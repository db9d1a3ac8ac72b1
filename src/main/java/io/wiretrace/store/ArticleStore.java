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

    /** The stored articles without URL of this input kind and this content, oldest first. */
    public List<Article> sameContentWithoutUrl(String inputKind, String sha256) {
        return articles.find("urlKey is null and inputKind = ?1 and contentSha256 = ?2", Sort.ascending("id"),
                inputKind, sha256).stream().map(this::toRecord).toList();
    }

    /** Id of the newest revision stored for a URL key. */
    /**
     * The version of a URL with this content first seen at this very time, if any: the same capture of an archive
     * imported again (an archive holding several captures of one URL meets the older ones after the newest).
     */
    public Optional<Article> versionSeenAt(String urlKey, String contentSha256, Instant firstSeen) {
        return articles.find("urlKey = ?1 and contentSha256 = ?2 and createdAt = ?3 and duplicateOf is null",
                Sort.ascending("id"), urlKey, contentSha256, firstSeen).firstResultOptional().map(this::toRecord);
    }

    public Optional<Long> latestRevision(String urlKey) {
        return articles.find("urlKey = ?1 and duplicateOf is null", Sort.descending("id"), urlKey)
                .firstResultOptional().map(a -> a.id);
    }

    public Article insert(NewArticle article) {
        return find(insertAll(List.of(article)).get(0)).orElseThrow();
    }

    /**
     * Inserts new articles and their snapshots, one round trip per table (ids reserved from the sequence first, so
     * the rows and their snapshots go as one JDBC batch each); returns their ids in order. Snapshots are compressed in
     * parallel.
     */
    public List<Long> insertAll(List<NewArticle> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Map<String, Long> outletIds = outlets.ids(batch.stream().map(NewArticle::outletKey)
                .filter(java.util.Objects::nonNull).toList());
        List<byte[]> gzipped = batch.parallelStream().map(a -> Gzip.compress(a.snapshot().bytes())).toList();
        return Jdbc.work(articles.getEntityManager(), c -> {
            List<Long> ids = new java.util.ArrayList<>(batch.size());
            try (java.sql.PreparedStatement s = c.prepareStatement(
                    "SELECT nextval(pg_get_serial_sequence('article', 'id')) FROM generate_series(1, ?)")) {
                s.setInt(1, batch.size());
                try (java.sql.ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            try (java.sql.PreparedStatement s = c.prepareStatement(INSERT_ARTICLE)) {
                for (int i = 0; i < batch.size(); i++) {
                    Jdbc.bind(s, row(ids.get(i), batch.get(i), outletIds));
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (java.sql.PreparedStatement s = c.prepareStatement(
                    "INSERT INTO snapshot (article_id, content_type, raw_size, gzip_bytes) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < batch.size(); i++) {
                    Snapshot snapshot = batch.get(i).snapshot();
                    Jdbc.bind(s, ids.get(i), snapshot.contentType(), snapshot.bytes().length, gzipped.get(i));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return ids;
        });
    }

    private static final String INSERT_ARTICLE = "INSERT INTO article (id, input_kind, url, url_key, final_url, "
            + "canonical_url, final_url_key, canonical_url_key, outlet_id, title, authors, byline, published_at, "
            + "modified_at, language, description, site_name, body_text, content_sha256, extraction_json, "
            + "fetch_requested_url, fetch_redirects_json, fetch_status, fetch_headers_json, fetched_at, author_bio_hash, "
            + "revision_of, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?)";

    /** The values of {@link #INSERT_ARTICLE} for one article. */
    private Object[] row(long id, NewArticle a, Map<String, Long> outletIds) {
        ExtractedArticle x = a.extracted();
        FetchRecord f = a.fetch();
        return new Object[] {id, a.inputKind(), a.url(), a.urlKey(), a.finalUrl(), x.canonicalUrl(),
                UrlIdentity.keyOrNull(a.finalUrl()), UrlIdentity.keyOrNull(x.canonicalUrl()),
                a.outletKey() == null ? null : outletIds.get(a.outletKey()), x.title(), String.join("\n", x.authors()),
                x.byline(), x.publishedAt(), x.modifiedAt(), x.language(), x.description(), x.siteName(), x.bodyText(),
                a.contentSha256(), json.write(new Extras(x.siteDomain(), x.jsonLd(), x.markup(), x.links(), x.headline())),
                f == null ? null : f.requestedUrl(), f == null ? null : json.write(f.redirects()),
                f == null ? null : f.status(), f == null ? null : json.write(f.headers()),
                f == null ? null : f.fetchedAt(), a.authorBioHash(), a.revisionOf(),
                a.firstSeen() == null ? Instant.now() : a.firstSeen()};
    }

    /**
     * Takes the advisory locks of many keys (as {@link #lock} does one), in sorted order so that two callers locking
     * overlapping sets never deadlock; held until the transaction ends.
     */
    public void lockAll(java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        String[] sorted = keys.stream().distinct().sorted().toArray(String[]::new);
        Jdbc.work(articles.getEntityManager(), c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement(
                    "SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest(?::text[]) AS t(k)")) {
                s.setArray(1, c.createArrayOf("text", sorted));
                s.executeQuery().close();
            }
            return null;
        });
    }

    /** Which of these URL keys have a stored article. */
    public java.util.Set<String> storedUrlKeys(java.util.Collection<String> urlKeys) {
        if (urlKeys.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(Jdbc.work(articles.getEntityManager(), c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement(
                    "SELECT DISTINCT url_key FROM article WHERE url_key = ANY(?)")) {
                s.setArray(1, c.createArrayOf("text", urlKeys.toArray()));
                List<String> found = new java.util.ArrayList<>();
                try (java.sql.ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(r.getString(1));
                    }
                }
                return found;
            }
        }));
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
                extras.jsonLd(), extras.markup(), extras.links(), extras.headline());
        FetchRecord fetch = e.fetchStatus == null ? null : new FetchRecord(e.fetchRequestedUrl,
                json.read(e.fetchRedirectsJson, new TypeReference<List<FetchedPage.Redirect>>() { }),
                e.fetchStatus, json.read(e.fetchHeadersJson, new TypeReference<Map<String, String>>() { }),
                e.fetchedAt);
        return new Article(e.id, e.inputKind, e.url, e.finalUrl,
                e.outlet == null ? null : OutletStore.toRecord(e.outlet), extracted, e.contentSha256, fetch,
                e.revisionOf, e.createdAt);
    }

    /** Extraction results kept as one JSON column ({@code headline} absent in versions stored before it was kept). */
    record Extras(String siteDomain, JsonLdFacts jsonLd, List<MarkupSignal> markup, List<OutboundLink> links,
                  String headline) {
    }
}
