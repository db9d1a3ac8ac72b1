package io.wiretrace.app;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionDetector;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.reuse.Fingerprint;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.AttributionStore;
import io.wiretrace.store.NewArticle;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores many received articles in the caller's transaction (an import step, committed with its cursor), as
 * {@link TrackArticle#storeWithin} stores each, with far fewer round trips: the locks of every URL of the step are taken
 * at once, and the articles at URLs not stored yet (most of a bulk import) are written one statement or JDBC batch
 * per table (articles, snapshots, attributions, reuse keys, matching jobs). An article whose URL is stored already
 * (a duplicate or a revision), a URL met twice in the step, and a text without URL go through
 * {@link TrackArticle#storeWithin} one by one, after the new ones, so their revision and duplicate rules apply
 * unchanged.
 */
@ApplicationScoped
public class StoreArticles {

    /** One article to store: what {@link TrackArticle#storeWithin} takes. */
    public record Item(ReceivedArticle received, TrackArticle.Analysis analysis, Instant firstSeen) {
    }

    /** The stored article of an item and whether this call created it. */
    public record Outcome(long articleId, boolean created) {
    }

    private final TrackArticle track;
    private final ArticleStore articles;
    private final ArticleOutlets outlets;
    private final AttributionStore attributions;
    private final MatchReuse reuse;
    private final ReuseMatching matching;
    private final FollowCredits follow;
    private final CreditArrivals arrivals;

    public StoreArticles(TrackArticle track, ArticleStore articles, ArticleOutlets outlets, AttributionStore attributions,
                         MatchReuse reuse, ReuseMatching matching, FollowCredits follow, CreditArrivals arrivals) {
        this.track = track;
        this.articles = articles;
        this.outlets = outlets;
        this.attributions = attributions;
        this.reuse = reuse;
        this.matching = matching;
        this.follow = follow;
        this.arrivals = arrivals;
    }

    /** Stores the items; the outcomes are in the items' order. */
    public List<Outcome> storeWithin(List<Item> items) {
        // every URL (or text) of the step locked at once: no other writer can store one of them until this commits
        articles.lockAll(items.stream().map(i -> TrackArticle.lockKey(i.received())).toList());
        Map<String, Integer> perUrl = new HashMap<>();
        items.stream().map(i -> i.received().urlKey()).filter(k -> k != null).forEach(k -> perUrl.merge(k, 1, Integer::sum));
        Set<String> stored = articles.storedUrlKeys(perUrl.keySet());
        List<Integer> fresh = new ArrayList<>();
        List<Integer> oneByOne = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String key = items.get(i).received().urlKey();
            boolean isNew = key != null && perUrl.get(key) == 1 && !stored.contains(key) && items.get(i).analysis() != null;
            (isNew ? fresh : oneByOne).add(i);
        }
        Outcome[] outcomes = new Outcome[items.size()];
        List<Long> ids = storeNew(fresh.stream().map(items::get).toList());
        for (int n = 0; n < fresh.size(); n++) {
            outcomes[fresh.get(n)] = new Outcome(ids.get(n), true);
        }
        for (int i : oneByOne) {
            Item item = items.get(i);
            TrackArticle.Result result = track.storeWithin(item.received(), item.analysis(), item.firstSeen());
            outcomes[i] = new Outcome(result.article().id(), result.created());
        }
        return List.of(outcomes);
    }

    /** Articles at URLs known not to be stored (under their locks): what TrackArticle stores for each, batched. */
    private List<Long> storeNew(List<Item> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<NewArticle> rows = new ArrayList<>(items.size());
        for (Item item : items) {
            ReceivedArticle r = item.received();
            rows.add(new NewArticle(r.inputKind(), r.url(), r.urlKey(), r.finalUrl(),
                    outlets.outletOf(r).map(Outlet::key).orElse(null), r.extracted(), r.contentSha256(), r.fetch(), null,
                    r.snapshot(), item.analysis().authorBioHash(), item.firstSeen()));
        }
        List<Long> ids = articles.insertAll(rows);
        Map<Long, List<Attribution>> credits = new LinkedHashMap<>();
        List<Fingerprint> fingerprints = new ArrayList<>(items.size());
        List<long[]> sentenceKeys = new ArrayList<>(items.size());
        Map<Long, String> urlKeys = new HashMap<>();
        for (int n = 0; n < items.size(); n++) {
            Item item = items.get(n);
            credits.put(ids.get(n), outlets.resolveTargets(item.received().attributions()));
            fingerprints.add(item.analysis().fingerprint());
            sentenceKeys.add(item.analysis().sentenceKeys());
            urlKeys.put(ids.get(n), item.received().urlKey());
        }
        attributions.insertAll(credits, AttributionDetector.VERSION);
        reuse.indexNew(ids, fingerprints, sentenceKeys);
        matching.scheduleAll(ids, fingerprints);
        for (int n = 0; n < items.size(); n++) {
            long id = ids.get(n);
            if (credits.get(id).stream().anyMatch(a -> a.target().creditedUrl() != null)) {
                follow.afterIngest(id, items.get(n).received().url(), attributions.of(id));
            }
        }
        arrivals.afterIngestAll(urlKeys);
        return ids;
    }
}
