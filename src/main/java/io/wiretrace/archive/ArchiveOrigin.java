package io.wiretrace.archive;

import java.time.Instant;
import java.util.UUID;

/**
 * Where an imported article came from: the archive file (name, size, SHA-256) and the record in it (WARC-Record-ID,
 * WARC-Target-URI, WARC-Date as the fetch time, byte offset; for NDJSON the line).
 */
public record ArchiveOrigin(UUID importId, String fileName, long fileSize, String fileSha256, String format,
                            String recordId, String targetUri, Instant warcDate, String member, long offset,
                            Long line) {
}
