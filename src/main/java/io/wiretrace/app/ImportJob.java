package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.archive.ArchiveFiles;
import io.wiretrace.archive.ImportRun;
import io.wiretrace.archive.ReadStep;
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
import java.util.UUID;

/**
 * An import as a job of the work queue (kind {@value #KIND}, subject the import id): each attempt reads one step of
 * records from the import's cursor, receives them outside any transaction, then stores them, the tallies and the new
 * cursor in the one transaction that moves the job on. A crash (or a failed attempt) loses at most the step in hand;
 * the next attempt, on any instance, reads it again from the last committed record.
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
        ImportRun run = QuarkusTransaction.requiringNew().call(() -> imports.byId(id)).orElse(null);
        if (run == null || run.ended()) {
            context.complete(run == null ? "import " + id + " is gone" : "import " + run.status(), null, () -> { });
            return;
        }
        Path file = files.resolve(run.filePath());
        if (!Files.isReadable(file)) {
            String error = "the file of the import (" + run.filePath() + ") is gone";
            QuarkusTransaction.requiringNew().call(() -> imports.finish(id, "failed", error));
            throw new PermanentJobFailure(error, null, null);
        }
        long started = System.nanoTime();
        ReadStep step = archives.read(run.format(), file, run.cursor(), config.stepRecords());
        long read = System.nanoTime();
        List<ImportRecords.Prepared> prepared = records.prepare(run, step.items());
        long received = System.nanoTime();
        int done = (int) Math.min(Integer.MAX_VALUE, run.recordsRead() + step.items().size());
        Runnable writes = () -> {
            if (!imports.lockPending(id)) {
                return; // cancelled meanwhile: this step stores nothing
            }
            StepTally tally = records.write(run, prepared);
            imports.advance(run, step.next(), step.bytesRead(), tally, config.problemsKept());
            if (step.finished()) {
                imports.finish(id, "done", null);
            }
            listeners.forEach(l -> l.stepWritten(id, run.recordsRead() + tally.records()));
            LOG.debugf("import %s: step of %d records: read %d ms, received %d ms, stored %d ms", id, tally.records(),
                    (read - started) / 1_000_000, (received - read) / 1_000_000, (System.nanoTime() - received) / 1_000_000);
        };
        if (step.finished()) {
            context.complete("import " + id + " read " + done + " records", null, writes);
            if (run.filePath().startsWith("store:")) {
                file.toFile().delete();
            }
        } else {
            context.proceed(job.payload(), done, 0, writes);
        }
    }
}
