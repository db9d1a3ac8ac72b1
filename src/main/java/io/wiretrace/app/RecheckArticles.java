package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.ingest.FetchException;
import io.wiretrace.ingest.FetchOptions;
import io.wiretrace.ingest.FetchedPage;
import io.wiretrace.store.RecheckStore;
import io.wiretrace.url.UrlIdentity;
import io.wiretrace.watch.RecheckSchedule;
import io.wiretrace.work.Job;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Revision re-checks of articles from watched sources as jobs of the work queue (kind {@value #KIND}, subject the
 * article's URL key): a conditional GET, politely; a 304 costs nothing more; a changed page goes through
 * {@link TrackArticle}, which stores a new revision (linked by {@code revisionOf}) when the content changed. The next
 * check follows {@link RecheckSchedule}; checks end past the maximum age.
 */
@ApplicationScoped
public class RecheckArticles implements JobHandler {

    static final String KIND = "recheck-article";

    private final RecheckStore rechecks;
    private final PoliteFetcher polite;
    private final TrackArticle track;
    private final WorkQueue queue;
    private final RecheckSchedule schedule;

    public RecheckArticles(RecheckStore rechecks, PoliteFetcher polite, TrackArticle track, WorkQueue queue,
                           WiretraceConfig config) {
        this.rechecks = rechecks;
        this.polite = polite;
        this.track = track;
        this.queue = queue;
        WiretraceConfig.Rechecks r = config.sources().rechecks();
        this.schedule = new RecheckSchedule(r.fraction(), r.maxAge(), r.floor());
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Queues each due re-check not already queued (at most {@code limit}); returns how many. */
    public int queueDue(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> due = rechecks.takeDue(limit);
            due.forEach(key -> queue.enqueue(KIND, key, "{}", 1));
            return due.size();
        });
    }

    @Override
    public void handle(Job job, JobContext context) {
        Optional<RecheckStore.Due> found = QuarkusTransaction.requiringNew().call(() -> rechecks.byKey(job.subject()));
        if (found.isEmpty()) {
            return;
        }
        RecheckStore.Due due = found.get();
        Instant now = Instant.now();
        Instant next = schedule.next(due.bornAt(), now).orElse(null);
        String etag = null;
        String lastModified = null;
        boolean revised = false;
        String result;
        try {
            FetchedPage page = polite.fetch(UrlIdentity.parseHttpUrl(due.url()),
                    FetchOptions.PAGE.ifChanged(due.etag(), due.lastModified()));
            if (page.status() == 304) {
                result = "not modified";
            } else {
                etag = page.headers().get("ETag");
                lastModified = page.headers().get("Last-Modified");
                TrackArticle.Result stored = track.track(page);
                revised = stored.created();
                result = revised ? "new revision: article " + stored.article().id() : "unchanged";
            }
        } catch (PoliteFetcher.HostBusy e) {
            next = now.plus(e.retryIn());
            result = e.getMessage();
        } catch (PoliteFetcher.Disallowed | FetchException e) {
            result = "failed: " + e.getMessage();
        } catch (RuntimeException e) {
            result = "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        Instant nextCheck = next;
        String e = etag;
        String lm = lastModified;
        boolean r = revised;
        String outcome = result;
        context.complete(outcome, null, () -> rechecks.checked(due.urlKey(), now, nextCheck, e, lm, r, outcome));
    }
}
