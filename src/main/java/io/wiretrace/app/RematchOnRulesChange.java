package io.wiretrace.app;

import io.quarkus.runtime.StartupEvent;
import io.wiretrace.store.ReuseMatchStore;
import io.wiretrace.work.Job;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * At start-up, when stored reuse matches were judged by older rules ({@link ReuseMatchStore#RULES_VERSION}), queues a
 * rematch of the whole store ({@link RematchJob}), so earlier false matches do not persist after an upgrade. The
 * queue's enqueue is idempotent per kind and subject, so instances starting together queue one job.
 */
@ApplicationScoped
public class RematchOnRulesChange {

    private static final Logger LOG = Logger.getLogger(RematchOnRulesChange.class);

    private final ReuseMatchStore matches;
    private final RematchJob rematch;

    public RematchOnRulesChange(ReuseMatchStore matches, RematchJob rematch) {
        this.matches = matches;
        this.rematch = rematch;
    }

    void onStart(@Observes StartupEvent event) {
        check().ifPresent(job -> LOG.infof("Reuse matches judged by older rules: rematch job %s queued (rules version %d)",
                job.id(), ReuseMatchStore.RULES_VERSION));
    }

    /** The rematch job queued (or already pending) when some stored match is older than the rules; else empty. */
    public Optional<Job> check() {
        return matches.anyJudgedBefore(ReuseMatchStore.RULES_VERSION) ? Optional.of(rematch.start()) : Optional.empty();
    }
}
