package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.store.RecheckStore;
import io.wiretrace.store.SourceItemStore;
import io.wiretrace.store.SourceStore;
import io.wiretrace.watch.Source;
import io.wiretrace.watch.SourceHealthRules;
import io.wiretrace.watch.SourceNotFound;
import io.wiretrace.watch.SourceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The health of watched sources: the figures shown on each, and the alert raised when a source fails
 * {@code alert-after-failures} polls in a row or goes silent far below its own rate ({@link SourceHealthRules}). An
 * alert is raised once, in the transaction that records the poll, with the CDI event {@link SourceAlertRaised}; it is
 * cleared by a poll that no longer warrants it.
 */
@ApplicationScoped
public class SourceHealth {

    /** Days of history the silence rule looks at. */
    static final int HISTORY_DAYS = 28;

    private final SourceStore sources;
    private final SourceItemStore items;
    private final RecheckStore rechecks;
    private final SourceHealthRules rules;
    private final Event<SourceAlertRaised> alerts;

    public SourceHealth(SourceStore sources, SourceItemStore items, RecheckStore rechecks, WiretraceConfig config,
                        Event<SourceAlertRaised> alerts) {
        this.sources = sources;
        this.items = items;
        this.rechecks = rechecks;
        this.rules = new SourceHealthRules(config.sources().alertAfterFailures());
        this.alerts = alerts;
    }

    public SourceStatus status(long id) {
        return QuarkusTransaction.requiringNew().call(() -> statuses(List.of(sources.byId(id)
                .orElseThrow(() -> new SourceNotFound(id))))).get(0);
    }

    /** The sources with their figures, read in a few queries whatever their number (caller's transaction). */
    List<SourceStatus> statuses(List<Source> listed) {
        Instant now = Instant.now();
        List<Long> ids = listed.stream().map(Source::id).toList();
        Map<Long, SourceItemStore.Figures> figures = items.figures(ids, now);
        Map<Long, long[]> checks = rechecks.counts(ids);
        return listed.stream().map(s -> {
            SourceItemStore.Figures f = figures.get(s.id());
            long[] r = checks.getOrDefault(s.id(), new long[3]);
            return new SourceStatus(s, f.items(), SourceHealthRules.itemsPerDay(f.lastWeek(),
                    f.firstAt() == null ? null : Duration.between(f.firstAt(), now)),
                    new SourceStatus.Rechecks(r[0], r[1], r[2]));
        }).toList();
    }

    /**
     * Raises or clears the source's alert after a poll was recorded, in the caller's transaction (the source's row is
     * locked by it), firing {@link SourceAlertRaised} when an alert is raised.
     */
    void judge(long id) {
        Optional<Source> found = sources.byId(id);
        if (found.isEmpty()) {
            return; // removed while it was being polled
        }
        Source s = found.get();
        Instant now = Instant.now();
        Optional<String> reason = s.consecutiveFailures() > 0
                ? rules.failureAlert(s.consecutiveFailures(), s.lastPollDetail())
                : rules.silenceAlert(daily(id, now));
        if (reason.isPresent() && s.alertReason() == null) {
            sources.setAlert(id, reason.get(), now);
            alerts.fire(new SourceAlertRaised(id, s.outletId(), s.url(), reason.get(), now));
        } else if (reason.isEmpty() && s.alertReason() != null) {
            sources.clearAlert(id);
        }
    }

    private List<Integer> daily(long id, Instant now) {
        return items.daily(id, HISTORY_DAYS, now);
    }
}
