package io.wiretrace.store;

import io.wiretrace.article.StoredAttribution;

import io.quarkus.panache.common.Sort;
import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionKind;
import io.wiretrace.url.UrlIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Attributions of stored articles. Callers own the transaction. */
@ApplicationScoped
public class AttributionStore {

    private final AttributionRepository attributions;
    private final OutletStore outlets;

    public AttributionStore(AttributionRepository attributions, OutletStore outlets) {
        this.attributions = attributions;
        this.outlets = outlets;
    }

    /** Replaces the attributions of an article with {@code found}, all recorded under {@code detectorVersion}. */
    public void replace(long articleId, List<Attribution> found, String detectorVersion) {
        attributions.delete("articleId", articleId);
        insertAll(java.util.Map.of(articleId, found), detectorVersion);
    }

    /**
     * Inserts the attributions of articles that have none stored yet (new articles), all in one JDBC batch, positions
     * in list order, all recorded under {@code detectorVersion}.
     */
    public void insertAll(java.util.Map<Long, List<Attribution>> byArticle, String detectorVersion) {
        if (byArticle.values().stream().allMatch(List::isEmpty)) {
            return;
        }
        java.util.Map<String, Long> outletIds = outlets.ids(byArticle.values().stream().flatMap(List::stream)
                .map(a -> a.target().key()).filter(java.util.Objects::nonNull).toList());
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        Jdbc.work(attributions.getEntityManager(), c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO attribution (article_id, position, kind, "
                    + "target_outlet_id, target_name, target_domain, mention, target_url, target_url_key, evidence_text, "
                    + "evidence_location, evidence_start, evidence_end, confidence, rule, reason, detector_version, "
                    + "detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (java.util.Map.Entry<Long, List<Attribution>> e : byArticle.entrySet()) {
                    int position = 0;
                    for (Attribution a : e.getValue()) {
                        Attribution.Target t = a.target();
                        Jdbc.bind(s, e.getKey(), position++, a.kind().wireName(),
                                t.key() == null ? null : outletIds.get(t.key()), t.name(), t.domain(), t.mention(), t.url(),
                                UrlIdentity.keyOrNull(t.creditedUrl()), a.evidence().text(), a.evidence().location(),
                                a.evidence().start(), a.evidence().end(), a.confidence(), a.rule(), a.reason(),
                                detectorVersion, now);
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            return null;
        });
    }

    public List<StoredAttribution> of(long articleId) {
        return attributions.list("articleId", Sort.by("position"), articleId).stream().map(AttributionStore::toRecord).toList();
    }

    /** Attributions of many articles, ordered by article and position. */
    public List<StoredAttribution> ofAll(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return attributions.list("articleId in ?1", Sort.by("articleId").and("position"), articleIds).stream()
                .map(AttributionStore::toRecord).toList();
    }

    /** Ids of articles whose attributions credit this outlet, newest first, at most {@code limit}. */
    public List<Long> articlesCrediting(String outletKey, int limit) {
        return attributions.getEntityManager().createQuery("select a.articleId from AttributionEntity a "
                        + "where a.targetOutlet.key = :k group by a.articleId order by a.articleId desc", Long.class)
                .setParameter("k", outletKey).setMaxResults(limit).getResultList();
    }

    static StoredAttribution toRecord(AttributionEntity e) {
        OutletEntity outlet = e.targetOutlet;
        Attribution.Target target = new Attribution.Target(outlet == null ? null : outlet.key,
                outlet == null ? e.targetName : outlet.name,
                outlet == null ? e.targetDomain : OutletStore.toRecord(outlet).primaryDomain(), e.mention,
                e.targetUrl);
        Attribution attribution = new Attribution(AttributionKind.valueOf(e.kind.toUpperCase(Locale.ROOT)), target,
                new Attribution.Evidence(e.evidenceText, e.evidenceLocation, e.evidenceStart, e.evidenceEnd),
                e.confidence, e.rule, e.reason);
        return new StoredAttribution(e.articleId, attribution, e.detectorVersion, e.detectedAt);
    }
}
