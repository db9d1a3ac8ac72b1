package io.wiretrace.app;

import io.wiretrace.account.Caller;
import io.wiretrace.account.Limits;
import io.wiretrace.account.Role;
import io.wiretrace.account.TooManyRequests;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.store.RequestCountStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Limits on the expensive operations (fetching, comparing, analyzing, importing): requests a minute per token, per
 * account for a browser session, per client address for an anonymous reader. Counted in PostgreSQL, so a limit holds
 * however many instances serve the requests.
 */
@ApplicationScoped
public class RequestLimits {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final RequestCountStore counts;
    private final WiretraceConfig.RateLimits config;

    public RequestLimits(RequestCountStore counts, WiretraceConfig config) {
        this.counts = counts;
        this.config = config.auth().rateLimits();
    }

    /** Counts one expensive request of {@code caller} (null: anonymous, counted by {@code client}); 429 over the limit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void charge(Caller caller, String client) {
        Limits limits = new Limits(limit(caller), WINDOW);
        if (limits.max() <= 0) {
            return;
        }
        Instant now = Instant.now();
        String bucket = caller == null ? "address:" + client : caller.bucket();
        if (limits.exceeded(counts.hit(bucket, limits.windowStart(now)))) {
            throw new TooManyRequests("rate limit of " + limits.max() + " expensive requests a minute reached",
                    limits.secondsLeft(now));
        }
    }

    /** Deletes counts older than a day. */
    @Transactional
    public int purge() {
        return counts.purge(Instant.now().minus(Duration.ofDays(1)));
    }

    private int limit(Caller caller) {
        if (caller != null && caller.rateLimit() != null) {
            return caller.rateLimit();
        }
        Role role = caller == null ? Role.READER : caller.role();
        return switch (role) {
            case ADMIN -> config.admin();
            case ANALYST -> config.analyst();
            case READER -> config.reader();
        };
    }
}
