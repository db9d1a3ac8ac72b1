package io.wiretrace.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.store.JobQueries;
import io.wiretrace.work.Job;
import io.wiretrace.work.JobStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The work queue in {@code /q/metrics}: per job kind, jobs queued (depth), running and dead, the age of the oldest due
 * job (gauges read from the shared queue table, so every instance reports the whole queue; cached for a few seconds),
 * and, for the jobs this instance ended, latency from queueing to the end and failures by outcome.
 */
@ApplicationScoped
public class QueueMetrics {

    private static final Duration CACHE = Duration.ofSeconds(5);

    private final MeterRegistry registry;
    private final JobQueries jobs;
    private volatile List<JobQueries.QueueStats> stats = List.of();
    private volatile Instant readAt = Instant.EPOCH;

    public QueueMetrics(MeterRegistry registry, JobQueries jobs) {
        this.registry = registry;
        this.jobs = jobs;
    }

    void register(Collection<String> kinds) {
        for (String kind : kinds) {
            gauge("wiretrace.queue.depth", "Jobs queued (waiting or due)", kind, JobStatus.QUEUED, false);
            gauge("wiretrace.queue.running", "Jobs leased by an instance", kind, JobStatus.RUNNING, false);
            gauge("wiretrace.queue.dead", "Dead jobs (attempts exhausted), kept with their last error", kind,
                    JobStatus.DEAD, false);
            gauge("wiretrace.queue.oldest.age.seconds", "How long the oldest due job has waited", kind,
                    JobStatus.QUEUED, true);
        }
    }

    /** The queue's counts per kind and status (cached for a few seconds). */
    public List<JobQueries.QueueStats> snapshot() {
        if (Instant.now().isAfter(readAt.plus(CACHE))) {
            try {
                stats = QuarkusTransaction.requiringNew().call(jobs::stats);
            } catch (RuntimeException e) {
                return stats;
            }
            readAt = Instant.now();
        }
        return stats;
    }

    void ended(Job job, JobStatus outcome, long startedNanos) {
        if (outcome == JobStatus.SUCCEEDED || outcome == JobStatus.FAILED || outcome == JobStatus.DEAD) {
            Timer.builder("wiretrace.job.latency").description("From queueing to the end of a job")
                    .tag("kind", job.kind()).tag("outcome", outcome.value()).register(registry)
                    .record(Duration.between(job.createdAt(), Instant.now()));
        }
        Timer.builder("wiretrace.job.run").description("Time of one attempt on this instance").tag("kind", job.kind())
                .register(registry).record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
        if (outcome == JobStatus.FAILED || outcome == JobStatus.DEAD) {
            failure(job.kind(), outcome.value());
        }
    }

    void retried(Job job) {
        failure(job.kind(), "retried");
    }

    private void failure(String kind, String outcome) {
        Counter.builder("wiretrace.job.failures").description("Failed job attempts, by what followed")
                .tag("kind", kind).tag("outcome", outcome).register(registry).increment();
    }

    private void gauge(String name, String help, String kind, JobStatus status, boolean age) {
        Gauge.builder(name, this, m -> m.value(kind, status, age)).description(help).tag("kind", kind).register(registry);
    }

    private double value(String kind, JobStatus status, boolean age) {
        return snapshot().stream().filter(s -> s.kind().equals(kind) && s.status() == status)
                .mapToDouble(s -> age ? s.oldestDueSeconds() : s.count()).sum();
    }
}
