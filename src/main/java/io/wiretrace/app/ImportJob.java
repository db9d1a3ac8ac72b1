package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.archive.ArchiveFiles;
import io.wiretrace.archive.Cursor;
import io.wiretrace.archive.ImportOutcome;
import io.wiretrace.archive.ImportRun;
import io.wiretrace.archive.ReadStep;
import io.wiretrace.archive.Reasons;
import io.wiretrace.archive.StepTally;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.store.ImportFiles;
import io.wiretrace.store.ImportStore;
import io.wiretrace.work.Job;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An import as a job of the work queue (kind {@value #KIND}, subject the import id): each attempt reads one step of
 * records from the import's cursor, receives them outside any transaction, then stores them, the tallies and the new
 * cursor in the one transaction that moves the job on. A crash (or a failed attempt) loses at most the step in hand;
 * the next attempt, on any instance, reads it again from the last committed record.
 *
 * <p>While a step is stored, the next one is read and received ahead on another thread ({@link Ahead}), so storing
 * and receiving overlap. The step received ahead is only a cache of this instance: the next attempt takes it when it
 * starts at the cursor that step starts at, else (another instance, a failed or cancelled step) reads again. A step
 * received ahead that has a revisit it could not resolve is received again, since the capture it refers to may be in
 * the step that was being stored.
 */
@ApplicationScoped
public class ImportJob implements JobHandler {

    static final String KIND = "import";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ImportJob.class);

    private final ImportStore imports;
    private final ImportFiles files;
    private final ImportRecords records;
    private final WiretraceConfig.Imports config;
    private final ArchiveFiles archives;
    private final Instance<ImportListener> listeners;
    /** Steps received ahead, by import; at most one per import. */
    private final Map<UUID, Ahead> ahead = new ConcurrentHashMap<>();
    private final ExecutorService aheadThreads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "import-receive-ahead");
        t.setDaemon(true);
        return t;
    });

    /** A step read and received, with how long each took. */
    private record Received(ReadStep step, List<ImportRecords.Prepared> prepared, long readNanos, long receiveNanos) {
    }

    /** The step of an import that starts at {@code cursor}, being read and received ahead since {@code startedAt}. */
    private record Ahead(Cursor cursor, Future<Received> work, long startedAt) {
    }

    /** A step received ahead and not taken within this time is dropped (its import went on elsewhere or ended). */
    static final long AHEAD_KEPT_NANOS = 10L * 60 * 1_000_000_000;

    public ImportJob(ImportStore imports, ImportFiles files, ImportRecords records, WiretraceConfig config,
                     Instance<ImportListener> listeners) {
        this.imports = imports;
        this.files = files;
        this.records = records;
        this.config = config.imports();
        this.archives = new ArchiveFiles(this.config.maxRecordSize().asLongValue());
        this.listeners = listeners;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(Job job, JobContext context) {
        UUID id = UUID.fromString(job.subject());
        Ahead mine = ahead.remove(id);
        dropStale();
        ImportRun run = QuarkusTransaction.requiringNew().call(() -> imports.byId(id)).orElse(null);
        if (run == null || run.ended()) {
            cancel(mine);
            context.complete(run == null ? "import " + id + " is gone" : "import " + run.status(), null, () -> { });
            if (run != null) {
                deleteUpload(run); // a cancelled import is never read again: its upload goes as a finished one's does
            }
            return;
        }
        Path file = files.resolve(run.filePath());
        if (!Files.isReadable(file)) {
            cancel(mine);
            String error = "the file of the import (" + run.filePath() + ") is gone";
            QuarkusTransaction.requiringNew().call(() -> imports.finish(id, "failed", error));
            throw new PermanentJobFailure(error, null, null);
        }
        long started = System.nanoTime();
        Received r = takeAhead(mine, run.cursor()).orElseGet(() -> readAndReceive(run, file, run.cursor()));
        ReadStep step = r.step();
        List<ImportRecords.Prepared> prepared = r.prepared();
        long waited = System.nanoTime() - started;
        if (!step.finished()) {
            ahead.put(id, new Ahead(step.next(), aheadThreads.submit(() -> readAndReceive(run, file, step.next())),
                    System.nanoTime()));
        }
        long received = System.nanoTime();
        int done = (int) Math.min(Integer.MAX_VALUE, run.recordsRead() + step.items().size());
        Runnable writes = () -> {
            if (!imports.lockPending(id)) {
                return; // cancelled meanwhile: this step stores nothing
            }
            StepTally tally = records.write(run, prepared);
            imports.advance(run, step.next(), step.bytesRead(), tally, config.problemsKept());
            if (step.finished()) {
                Optional<String> nothing = ImportOutcome.nothingStored(run.recordsRead() + tally.records(),
                        run.stored() + tally.storedCount(), run.duplicates() + tally.duplicateCount(),
                        run.context() + tally.contextCount(), StepTally.sum(run.skipped(), tally.skipped()),
                        StepTally.sum(run.failed(), tally.failed()));
                imports.finish(id, nothing.isPresent() ? "failed" : "done", nothing.orElse(null));
            }
            listeners.forEach(l -> l.stepWritten(id, run.recordsRead() + tally.records()));
            LOG.debugf("import %s: step of %d records: read %d ms, received %d ms, waited %d ms, stored %d ms", id,
                    tally.records(), r.readNanos() / 1_000_000, r.receiveNanos() / 1_000_000, waited / 1_000_000,
                    (System.nanoTime() - received) / 1_000_000);
        };
        if (step.finished()) {
            context.complete("import " + id + " read " + done + " records", null, done, 0, writes);
            deleteUpload(run);
        } else {
            context.proceed(job.payload(), done, 0, writes);
        }
    }

    /** Deletes the import's upload from the import store (a file of the import directory is left alone). */
    private void deleteUpload(ImportRun run) {
        if (run.filePath().startsWith("store:")) {
            files.resolve(run.filePath()).toFile().delete();
        }
    }

    private Received readAndReceive(ImportRun run, Path file, Cursor cursor) {
        long started = System.nanoTime();
        ReadStep step = archives.read(run.format(), file, cursor, config.stepRecords());
        long read = System.nanoTime();
        List<ImportRecords.Prepared> prepared = records.prepare(run, step.items());
        return new Received(step, prepared, read - started, System.nanoTime() - read);
    }

    /**
     * The step received ahead when it starts at {@code cursor}, finished without error and with every revisit
     * resolved; else empty (the caller reads the step itself).
     */
    private Optional<Received> takeAhead(Ahead mine, Cursor cursor) {
        if (mine == null) {
            return Optional.empty();
        }
        if (!mine.cursor().equals(cursor)) {
            cancel(mine);
            return Optional.empty();
        }
        try {
            Received r = mine.work().get();
            boolean unresolved = r.prepared().stream().anyMatch(p -> p instanceof ImportRecords.Problem problem
                    && Reasons.REVISIT_UNRESOLVED.equals(problem.problem().reason()));
            return unresolved ? Optional.empty() : Optional.of(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a step was received ahead", e);
        } catch (ExecutionException e) {
            LOG.debugf("import step received ahead failed, reading it again: %s", e.getCause());
            return Optional.empty();
        }
    }

    private static void cancel(Ahead a) {
        if (a != null) {
            a.work().cancel(false); // not interrupted: it may be in a transaction; it ends and is dropped
        }
    }

    private void dropStale() {
        long now = System.nanoTime();
        ahead.entrySet().removeIf(e -> {
            boolean stale = now - e.getValue().startedAt() > AHEAD_KEPT_NANOS;
            if (stale) {
                cancel(e.getValue());
            }
            return stale;
        });
    }
}
