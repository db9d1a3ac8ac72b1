package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.archive.ArchiveFiles;
import io.wiretrace.archive.ArchiveFormat;
import io.wiretrace.archive.ArchiveOrigin;
import io.wiretrace.archive.ImportFile;
import io.wiretrace.archive.ImportRun;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.store.ImportFiles;
import io.wiretrace.store.ImportStore;
import io.wiretrace.work.Job;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bulk imports: start one from an upload kept in the import store or from a file of the import directory (a job of
 * the work queue, {@link ImportJob}), see how far it got, cancel it.
 */
@ApplicationScoped
public class ImportArchives {

    /** An import and the state of its job (a job dead after its attempts makes the import failed). */
    public record View(ImportRun run, Optional<Job> job) {
        public String status() {
            if (!run.ended() && job.isPresent() && !job.get().state().pending()) {
                return "failed";
            }
            return run.status();
        }

        public String error() {
            if (run.error() == null && "failed".equals(status())) {
                return job.map(Job::lastError).orElse(null);
            }
            return run.error();
        }
    }

    private final ImportStore imports;
    private final ImportFiles files;
    private final WorkQueue queue;

    public ImportArchives(ImportStore imports, ImportFiles files, WorkQueue queue) {
        this.imports = imports;
        this.files = files;
        this.queue = queue;
    }

    /** A new file in the import store to write an upload to. */
    public Path newUpload() {
        return files.newUpload();
    }

    /**
     * Starts the import of an upload written to {@code path}; {@code declared} is the format the request's media type
     * names (empty: detected from the first bytes).
     */
    public View startUpload(Path path, String name, long size, String sha256, Optional<ArchiveFormat> declared) {
        ArchiveFormat format = declared.or(() -> ImportFiles.detect(path)).orElseThrow(() -> {
            path.toFile().delete();
            return new InvalidInput("body", "the uploaded file is not a WARC, WACZ or NDJSON file (its first bytes "
                    + "say none of these); send it as application/warc, application/zip or application/x-ndjson");
        });
        return start(new ImportFile(name, files.locationOf(path), size, sha256, format), path);
    }

    /** Starts the import of a file of the import directory. */
    public View startNamed(String name) {
        ImportFile file = files.named(name);
        return start(file, files.resolve(file.location()));
    }

    private View start(ImportFile file, Path path) {
        UUID id = UUID.randomUUID();
        long total = ArchiveFiles.totalBytes(file.format(), path);
        return QuarkusTransaction.requiringNew().call(() -> {
            imports.insert(id, file, total);
            Job job = queue.enqueue(ImportJob.KIND, id.toString(), "{\"importId\":\"" + id + "\"}", 0);
            imports.setJob(id, job.id());
            return new View(imports.byId(id).orElseThrow(), Optional.of(job));
        });
    }

    public Optional<View> view(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> imports.byId(id))
                .map(run -> new View(run, run.jobId() == null ? Optional.empty() : queue.job(run.jobId())));
    }

    public List<View> newest(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> imports.newest(limit)).stream()
                .map(run -> new View(run, run.jobId() == null ? Optional.empty() : queue.job(run.jobId()))).toList();
    }

    /** Cancels a pending import (its job stops before its next step); empty when there is no such import. */
    public Optional<View> cancel(UUID id) {
        QuarkusTransaction.requiringNew().call(() -> imports.cancel(id));
        return view(id);
    }

    /** The archive an article was imported from, if any. */
    public Optional<ArchiveOrigin> originOf(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> imports.originOf(articleId));
    }

    /** The archives these articles were imported from, by article id (one query for a page of articles). */
    public java.util.Map<Long, ArchiveOrigin> originsOf(java.util.Collection<Long> articleIds) {
        return QuarkusTransaction.requiringNew().call(() -> imports.originsOf(articleIds));
    }
}
