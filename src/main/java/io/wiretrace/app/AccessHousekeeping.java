package io.wiretrace.app;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.wiretrace.store.AccountStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Hourly: deletes ended sessions, request counts older than a day and single sign-on logins that never came back (any
 * instance may; the deletes are idempotent).
 */
@ApplicationScoped
public class AccessHousekeeping {

    private static final Logger LOG = Logger.getLogger(AccessHousekeeping.class);

    private final AccountStore accounts;
    private final RequestLimits limits;
    private final SingleSignOn sso;
    private ScheduledExecutorService timer;

    public AccessHousekeeping(AccountStore accounts, RequestLimits limits, SingleSignOn sso) {
        this.accounts = accounts;
        this.limits = limits;
        this.sso = sso;
    }

    void onStart(@Observes StartupEvent start) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wiretrace-access-housekeeping");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    void purge() {
        try {
            int sessions = QuarkusTransaction.requiringNew().call(() -> accounts.purgeSessions(Instant.now()));
            int counts = limits.purge();
            int logins = sso.purge();
            LOG.debugf("deleted %d ended session(s), %d old request count(s) and %d unfinished single sign-on login(s)",
                    sessions, counts, logins);
        } catch (RuntimeException e) {
            LOG.warnf("could not delete ended sessions or old request counts: %s", e.getMessage());
        }
    }
}
