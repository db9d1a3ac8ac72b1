package io.wiretrace.app;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.wiretrace.config.WiretraceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The periodic "queue what is due" tick of watched sources: every {@code wiretrace.sources.tick} it takes due polls
 * and due revision re-checks from PostgreSQL and queues them as jobs (idempotently, each marked queued in the same
 * transaction), so what is due survives restarts and several instances ticking at once queue each once. The work
 * itself runs on the work queue's workers.
 */
@ApplicationScoped
public class SourceTicker {

    private static final Logger LOG = Logger.getLogger(SourceTicker.class);
    static final int BATCH = 500;

    private final PollSources polls;
    private final RecheckArticles rechecks;
    private final WiretraceConfig.Sources config;
    private ScheduledExecutorService tick;

    public SourceTicker(PollSources polls, RecheckArticles rechecks, WiretraceConfig config) {
        this.polls = polls;
        this.rechecks = rechecks;
        this.config = config.sources();
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        tick = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wiretrace-source-tick");
            t.setDaemon(true);
            return t;
        });
        long ms = config.tick().toMillis();
        tick.scheduleWithFixedDelay(this::tick, ms, ms, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (tick != null) {
            tick.shutdownNow();
        }
    }

    /** Queues what is due now; returns how many polls and re-checks were queued. */
    public int tick() {
        try {
            int queued = polls.queueDue(BATCH);
            if (config.rechecks().enabled()) {
                queued += rechecks.queueDue(BATCH);
            }
            return queued;
        } catch (RuntimeException e) {
            LOG.warnf("sources: could not queue due polls (trying again next tick): %s", e.getMessage());
            return 0;
        }
    }
}
