package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.store.JobStore;
import io.wiretrace.work.Job;
import io.wiretrace.work.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The one work queue of the service: jobs in PostgreSQL ({@link JobStore}), taken by the worker threads of whichever
 * instance leases them first. A job is queued in the transaction that makes it necessary (an article and its matching
 * job commit together), so no work is lost by a crash; a job whose instance dies is taken again once its lease runs
 * out, and its handler's writes commit together with its completion under the lease, so it is done once.
 */
@ApplicationScoped
public class WorkQueue {

    private static final Logger LOG = Logger.getLogger(WorkQueue.class);
    private static final long PURGE_EVERY_MS = 10 * 60 * 1000L;

    private final JobStore jobs;
    private final Map<String, JobHandler> handlers;
    private final WiretraceConfig.Queue config;
    private final QueueMetrics metrics;
    private final JobRunner runner;
    private final TransactionSynchronizationRegistry transactions;
    private final String owner;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();
    private final Object signal = new Object();
    private volatile boolean running;
    private ExecutorService workers;
    private ScheduledExecutorService keeper;

    public WorkQueue(JobStore jobs, Instance<JobHandler> handlers, WiretraceConfig config, QueueMetrics metrics,
                     TransactionSynchronizationRegistry transactions) {
        this.jobs = jobs;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        this.config = config.queue();
        this.metrics = metrics;
        this.transactions = transactions;
        this.runner = new JobRunner(jobs, this.handlers, metrics,
                new RetryPolicy(this.config.backoffBase(), this.config.backoffMax(), this.config.maxAttempts(), 0.2),
                this::wake);
        this.owner = this.config.instanceName().orElseGet(WorkQueue::defaultName);
    }

    void onStart(@Observes StartupEvent event) {
        metrics.register(handlers.keySet());
        int count = config.workers();
        if (count <= 0) {
            LOG.infof("work queue: no workers on this instance (%s); jobs run on other instances", owner);
            return;
        }
        running = true;
        workers = Executors.newFixedThreadPool(count, daemon("wiretrace-worker"));
        for (int i = 0; i < count; i++) {
            workers.submit(this::work);
        }
        keeper = Executors.newSingleThreadScheduledExecutor(daemon("wiretrace-lease-keeper"));
        long renewMs = Math.max(100, config.lease().toMillis() / 3);
        keeper.scheduleWithFixedDelay(this::renewLeases, renewMs, renewMs, TimeUnit.MILLISECONDS);
        keeper.scheduleWithFixedDelay(this::purge, 5_000, PURGE_EVERY_MS, TimeUnit.MILLISECONDS);
        LOG.infof("work queue: %d worker(s) on instance %s for %s", count, owner, handlers.keySet());
    }

    /** The kinds of job this instance has handlers for, sorted. */
    public java.util.SortedSet<String> kinds() {
        return new java.util.TreeSet<>(handlers.keySet());
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (workers == null) {
            return;
        }
        wake();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        keeper.shutdownNow();
        try {
            int released = QuarkusTransaction.requiringNew().call(() -> jobs.release(owner));
            if (released > 0) {
                LOG.infof("work queue: gave back %d unfinished job(s) for other instances", released);
            }
        } catch (RuntimeException e) {
            LOG.warnf("work queue: could not give back leases at shutdown (they expire on their own): %s", e.getMessage());
        }
    }

    /** This instance's name on its leases. */
    public String instance() {
        return owner;
    }

    /**
     * Queues a job in the caller's transaction when there is one (it commits or rolls back with the caller's work),
     * else in its own. With a {@code subject}, a job of the same kind and subject already pending is returned instead.
     */
    public Job enqueue(String kind, String subject, String payload, int total) {
        if (!handlers.containsKey(kind)) {
            throw new IllegalArgumentException("no handler for job kind " + kind);
        }
        if (QuarkusTransaction.isActive()) {
            Job job = jobs.enqueue(kind, subject, payload, total, Instant.now(), runner.policyOf(kind).maxAttempts());
            wakeAfterCommit();
            return job;
        }
        Job job = QuarkusTransaction.requiringNew()
                .call(() -> jobs.enqueue(kind, subject, payload, total, Instant.now(), runner.policyOf(kind).maxAttempts()));
        wake();
        return job;
    }

    /**
     * Queues one job of {@code kind} per subject (its payload at the same position) in the caller's transaction, in one
     * statement; a subject already pending is left as it is. Workers are woken when the transaction commits.
     */
    public void enqueueAll(String kind, List<String> subjects, List<String> payloads) {
        if (!handlers.containsKey(kind)) {
            throw new IllegalArgumentException("no handler for job kind " + kind);
        }
        jobs.enqueueAll(kind, subjects, payloads, Instant.now(), runner.policyOf(kind).maxAttempts());
        wakeAfterCommit();
    }

    private void wakeAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wake();
                }
            }
        });
    }

    /**
     * Runs a queued job now on the caller's thread if no instance holds it (used when a client asked to wait for the
     * work); returns the job as it ended, or empty when another worker already has it.
     */
    public Optional<Job> runNow(UUID id) {
        Optional<Job> leased = QuarkusTransaction.requiringNew().call(() -> jobs.claim(owner, id, config.lease()));
        leased.ifPresent(this::process);
        return leased.flatMap(j -> job(j.id()));
    }

    public Optional<Job> job(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.byId(id));
    }

    private void work() {
        while (running) {
            try {
                List<Job> due = QuarkusTransaction.requiringNew()
                        .call(() -> jobs.claim(owner, handlers.keySet(), 1, config.lease()));
                if (due.isEmpty()) {
                    synchronized (signal) {
                        signal.wait(config.pollInterval().toMillis());
                    }
                } else {
                    due.forEach(this::process);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("work queue: cannot take jobs (%s); trying again", e.getMessage());
                sleep(config.pollInterval().toMillis());
            }
        }
    }

    private void process(Job job) {
        held.add(job.id());
        try {
            runner.run(job);
        } finally {
            held.remove(job.id());
        }
    }

    private void renewLeases() {
        try {
            Set<UUID> ids = Set.copyOf(held);
            if (!ids.isEmpty()) {
                QuarkusTransaction.requiringNew().call(() -> jobs.renew(owner, ids, config.lease()));
            }
        } catch (RuntimeException e) {
            LOG.warnf("work queue: could not renew leases: %s", e.getMessage());
        }
    }

    private void purge() {
        try {
            int purged = QuarkusTransaction.requiringNew()
                    .call(() -> jobs.purgeSucceeded(Instant.now().minus(config.retainSucceeded())));
            if (purged > 0) {
                LOG.debugf("work queue: deleted %d succeeded job(s) older than %s", purged, config.retainSucceeded());
            }
        } catch (RuntimeException e) {
            LOG.warnf("work queue: could not delete old jobs: %s", e.getMessage());
        }
    }

    private void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static String defaultName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        String pid = ManagementFactory.getRuntimeMXBean().getName().split("@")[0];
        return host + ":" + pid + ":" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
    }
}
