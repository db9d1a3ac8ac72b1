package io.wiretrace.api;

import io.wiretrace.app.ImportArchives;
import io.wiretrace.archive.ImportRun;
import io.wiretrace.archive.RecordProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An import as the API shows it: status ({@code queued}, {@code running}, {@code done}, {@code failed},
 * {@code cancelled}), records read, articles stored, duplicates (same URL and content as a stored article), context
 * records (warcinfo, request, metadata), skipped and failed records by reason with the first problems' offsets or
 * line numbers, bytes read of the total, and the rate and ETA since it started (rates null until it has run
 * {@value #MIN_MEASURED_MILLIS} ms: a rate over a few milliseconds says nothing).
 */
public record ImportJson(UUID id, String status, String format, FileJson file, UUID jobId, long recordsRead,
                         long stored, long duplicates, long context, Map<String, Long> skipped,
                         Map<String, Long> failed, List<RecordProblem> problems, long bytesRead, long bytesTotal,
                         Double recordsPerSecond, Double bytesPerSecond, Long etaSeconds, String error,
                         Instant createdAt, Instant startedAt, Instant finishedAt) {

    /** The file imported: the name it was given, its size and SHA-256. */
    public record FileJson(String name, long size, String sha256) {
    }

    static final long MIN_MEASURED_MILLIS = 1000;

    static ImportJson of(ImportArchives.View view) {
        ImportRun r = view.run();
        Instant end = r.finishedAt() != null ? r.finishedAt() : Instant.now();
        long millis = r.startedAt() == null ? 0 : Duration.between(r.startedAt(), end).toMillis();
        boolean measured = millis >= MIN_MEASURED_MILLIS;
        Double records = measured ? round(r.recordsRead() * 1000.0 / millis) : null;
        Double bytes = measured ? round(r.bytesRead() * 1000.0 / millis) : null;
        Long eta = r.ended() ? Long.valueOf(0) : bytes == null || bytes <= 0 ? null
                : Long.valueOf((long) Math.ceil(Math.max(0, r.bytesTotal() - r.bytesRead()) / bytes));
        return new ImportJson(r.id(), view.status(), r.format().value(), new FileJson(r.fileName(), r.fileSize(),
                r.fileSha256()), r.jobId(), r.recordsRead(), r.stored(), r.duplicates(), r.context(), r.skipped(),
                r.failed(), r.problems(), r.bytesRead(), r.bytesTotal(), records, bytes, eta,
                view.error(), r.createdAt(), r.startedAt(), r.finishedAt());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
