package io.wiretrace.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.wiretrace.store.CrawlHostStore;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The politeness state every instance shares in PostgreSQL: one request in flight per host, the least delay between
 * two, and the global cap on requests in flight (what instances see, whichever asks).
 */
@QuarkusTest
class CrawlHostTurnsTest {

    private static final Duration HOLD = Duration.ofSeconds(30);

    @Inject
    CrawlHostStore hosts;

    @Test
    void oneRequestAtATimePerHostThenItsDelay() {
        String host = "turns-" + UUID.randomUUID() + ".example";
        assertThat(take(host, 100).granted()).isTrue();
        CrawlHostStore.Turn busy = take(host, 100);
        assertThat(busy.granted()).isFalse();
        // asked again shortly: the request in flight usually ends long before its hold of 30 s
        assertThat(busy.waitFor()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(250));
        QuarkusTransaction.requiringNew().run(() -> hosts.release(host, Duration.ofSeconds(2)));
        CrawlHostStore.Turn delayed = take(host, 100);
        assertThat(delayed.granted()).isFalse();
        assertThat(delayed.waitFor()).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
    }

    @Test
    void theGlobalCapHoldsAcrossHosts() {
        String a = "cap-a-" + UUID.randomUUID() + ".example";
        String b = "cap-b-" + UUID.randomUUID() + ".example";
        assertThat(take(a, 1_000).granted()).isTrue();
        // with the cap at what is in flight now (host a's turn among them), idle host b waits; polls of other tests'
        // sources may end a turn between the count and the take, so a few tries are allowed
        boolean refused = false;
        for (int i = 0; i < 20 && !refused; i++) {
            CrawlHostStore.Turn turn = take(b, (int) countInFlight());
            refused = !turn.granted();
            if (!refused) {
                QuarkusTransaction.requiringNew().run(() -> hosts.release(b, Duration.ZERO));
            } else {
                assertThat(turn.waitFor()).isPositive();
            }
        }
        assertThat(refused).isTrue();
        QuarkusTransaction.requiringNew().run(() -> hosts.release(a, Duration.ZERO));
        assertThat(take(b, (int) countInFlight() + 1).granted()).isTrue();
        QuarkusTransaction.requiringNew().run(() -> hosts.release(b, Duration.ZERO));
    }

    private CrawlHostStore.Turn take(String host, int cap) {
        return QuarkusTransaction.requiringNew().call(() -> hosts.take(host, cap, HOLD));
    }

    private long countInFlight() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) io.quarkus.arc.Arc.container()
                .instance(jakarta.persistence.EntityManager.class).get()
                .createNativeQuery("SELECT count(*) FROM crawl_host WHERE busy_until > now()").getSingleResult())
                .longValue());
    }
}
