package io.wiretrace.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.wiretrace.store.VerdictStore;
import io.wiretrace.verdict.FindingType;
import io.wiretrace.verdict.RuleAccuracy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accuracy verdicts reveal, in {@code /q/metrics}: per finding type and producer (attribution rule, reuse class,
 * hop kind) the share of standing verdicts that confirm ({@code wiretrace.verdicts.share.confirmed}, NaN before any)
 * and the counts behind it. Read from the shared verdict table (every instance reports the whole team's verdicts),
 * cached for a few seconds. A producer's gauges are registered at start-up, when this instance records a verdict on
 * it, and when a read of the table finds it (shown from the next scrape).
 */
@ApplicationScoped
public class VerdictMetrics {

    private static final Duration CACHE = Duration.ofSeconds(5);

    private final MeterRegistry registry;
    private final VerdictStore store;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private volatile List<RuleAccuracy> accuracy = List.of();
    private volatile Instant readAt = Instant.EPOCH;

    public VerdictMetrics(MeterRegistry registry, VerdictStore store) {
        this.registry = registry;
        this.store = store;
    }

    void onStart(@Observes StartupEvent start) {
        Gauge.builder("wiretrace.verdicts.producers", this, m -> m.snapshot().size())
                .description("Rules, reuse classes and hop kinds with at least one standing verdict").register(registry);
    }

    /** Registers the gauges of a producer (idempotent). */
    void track(FindingType type, String producer) {
        if (!registered.add(type.wireName() + " " + producer)) {
            return;
        }
        gauge("wiretrace.verdicts.share.confirmed", "Share of standing verdicts that confirm", type, producer,
                a -> a.shareConfirmed() == null ? Double.NaN : a.shareConfirmed());
        gauge("wiretrace.verdicts.confirmed", "Findings whose standing verdict confirms them", type, producer,
                a -> a.confirmed());
        gauge("wiretrace.verdicts.rejected", "Findings whose standing verdict rejects them", type, producer,
                a -> a.rejected());
    }

    /** Accuracy per producer (cached for a few seconds). */
    List<RuleAccuracy> snapshot() {
        if (Instant.now().isAfter(readAt.plus(CACHE))) {
            try {
                accuracy = QuarkusTransaction.requiringNew().call(store::accuracy);
            } catch (RuntimeException e) {
                return accuracy;
            }
            readAt = Instant.now();
            accuracy.forEach(a -> track(a.type(), a.producer()));
        }
        return accuracy;
    }

    private void gauge(String name, String help, FindingType type, String producer,
                       java.util.function.ToDoubleFunction<RuleAccuracy> value) {
        Gauge.builder(name, this, m -> m.snapshot().stream()
                        .filter(a -> a.type() == type && a.producer().equals(producer)).mapToDouble(value).sum())
                .description(help).tag("finding_type", type.wireName()).tag("producer", producer).register(registry);
    }
}
