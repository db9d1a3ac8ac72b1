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
        Instant now = Instant.now();
        int position = 0;
        for (Attribution a : found) {
            AttributionEntity e = new AttributionEntity();
            e.articleId = articleId;
            e.position = position++;
            e.kind = a.kind().wireName();
            e.targetOutlet = a.target().key() == null ? null : outlets.entity(a.target().key()).orElse(null);
            e.targetName = a.target().name();
            e.targetDomain = a.target().domain();
            e.mention = a.target().mention();
            e.targetUrl = a.target().url();
            e.targetUrlKey = UrlIdentity.keyOrNull(a.target().creditedUrl());
            e.evidenceText = a.evidence().text();
            e.evidenceLocation = a.evidence().location();
            e.evidenceStart = a.evidence().start();
            e.evidenceEnd = a.evidence().end();
            e.confidence = a.confidence();
            e.rule = a.rule();
            e.reason = a.reason();
            e.detectorVersion = detectorVersion;
            e.detectedAt = now;
            attributions.persist(e);
        }
        attributions.flush();
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
