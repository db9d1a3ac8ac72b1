package io.wiretrace.archive;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An import of one file and how far it got. {@code status} is {@code queued}, {@code running}, {@code done},
 * {@code failed} or {@code cancelled}; {@code skipped} and {@code failed} count records by reason, {@code problems}
 * keeps the first of them with their offsets or line numbers.
 */
public record ImportRun(UUID id, UUID jobId, String status, ArchiveFormat format, String fileName, String filePath,
                        long fileSize, String fileSha256, Cursor cursor, long bytesRead, long bytesTotal,
                        long recordsRead, long stored, long duplicates, long context, Map<String, Long> skipped,
                        Map<String, Long> failed, List<RecordProblem> problems, String error, Instant createdAt,
                        Instant startedAt, Instant finishedAt, Instant updatedAt) {

    public static final List<String> FINAL = List.of("done", "failed", "cancelled");

    public boolean ended() {
        return FINAL.contains(status);
    }
}
