package io.wiretrace.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads any import file a step at a time, whatever its format. Thread-safe. */
public final class ArchiveFiles {

    private final WarcRecordReader warc;
    private final WaczReader wacz;
    private final NdjsonLineReader ndjson;

    /** @param maxRecordBytes the largest record (or NDJSON line) read; larger ones are counted as too large */
    public ArchiveFiles(long maxRecordBytes) {
        this.warc = new WarcRecordReader(maxRecordBytes);
        this.wacz = new WaczReader(warc);
        this.ndjson = new NdjsonLineReader(maxRecordBytes);
    }

    /** Reads up to {@code maxItems} items of {@code file} from {@code cursor}. */
    public ReadStep read(ArchiveFormat format, Path file, Cursor cursor, int maxItems) {
        try {
            return switch (format) {
                case WARC -> warc.read(ArchiveSource.of(file), null, 0, cursor.offset(), maxItems);
                case WACZ -> wacz.read(file, cursor, maxItems);
                case NDJSON -> ndjson.read(ArchiveSource.of(file), cursor, maxItems);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes an import of the file reads in all (for WACZ, those of its WARC files). */
    public static long totalBytes(ArchiveFormat format, Path file) {
        try {
            return format == ArchiveFormat.WACZ ? WaczReader.warcBytes(file) : Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
