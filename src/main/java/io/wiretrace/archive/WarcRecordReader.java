package io.wiretrace.archive;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads WARC records (plain, or gzip per record) with jwarc from a byte offset, a step at a time. A record is handed
 * on only once the record after it has been reached, so one whose trailer is not where its Content-Length says is a
 * problem, not a capture. After a bad record (a truncated gzip member, a malformed header) reading starts again at the
 * next record start found after it: the next gzip member, or the next {@code WARC/} line of a plain file.
 * Stateless and thread-safe.
 */
public final class WarcRecordReader {

    /** A step ends once its bodies hold this many bytes, whatever its record count (memory stays flat). */
    static final long STEP_BYTES = 64L << 20;

    private final WarcRecords records;

    /** @param maxRecordBytes records with a larger block are skipped as {@link Reasons#TOO_LARGE} */
    public WarcRecordReader(long maxRecordBytes) {
        this.records = new WarcRecords(maxRecordBytes);
    }

    /** Whether a step holds enough: {@code maxItems} items, or bodies of {@link #STEP_BYTES} bytes. */
    static boolean full(List<ArchiveItem> items, int maxItems) {
        long bytes = 0;
        for (ArchiveItem item : items) {
            bytes += item instanceof Capture c ? c.body().length : 0;
        }
        return items.size() >= maxItems || bytes >= STEP_BYTES;
    }

    /**
     * Reads at most {@code maxItems} records (fewer when their bodies pass {@link #STEP_BYTES}) from {@code from};
     * {@code member} names the WACZ entry (or null) in the
     * items. The returned cursor's offset is the start of the first record not read.
     */
    public ReadStep read(ArchiveSource source, String member, int memberIndex, long from, int maxItems) {
        List<ArchiveItem> items = new ArrayList<>();
        long position = from;
        while (position < source.size() && !full(items, maxItems)) {
            position = readRun(source, member, position, maxItems, items);
        }
        long next = Math.min(position, source.size());
        return new ReadStep(items, new Cursor(memberIndex, next, 0), next >= source.size(), next);
    }

    /** Reads records from {@code start} until {@code maxItems} items or a bad record; returns where to go on. */
    private long readRun(ArchiveSource source, String member, long start, int maxItems, List<ArchiveItem> items) {
        try (InputStream in = source.openAt(start); WarcReader reader = new WarcReader(Channels.newChannel(in))) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                items.add(problem(e, source, member, start));
                return resync(source, start);
            }
            while (next.isPresent()) {
                long at = start + reader.position();
                ArchiveItem item;
                try {
                    item = records.item(next.get(), member, at);
                } catch (IOException | RuntimeException e) {
                    items.add(problem(e, source, member, at));
                    return resync(source, at);
                }
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    long after = start + reader.position();
                    if (after > at) { // the record was whole; the one after it is bad
                        items.add(item);
                        items.add(problem(e, source, member, after));
                        return resync(source, after);
                    }
                    items.add(problem(e, source, member, at));
                    return resync(source, at);
                }
                items.add(item);
                if (next.isPresent() && full(items, maxItems)) {
                    return start + reader.position();
                }
            }
            return source.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first offset after {@code bad} where a record can be read, or the end of the source. */
    private static long resync(ArchiveSource source, long bad) {
        boolean gzip = startsWithGzip(source);
        try (InputStream in = new BufferedInputStream(source.openAt(bad), 1 << 16)) {
            int a = -1;
            int b = -1;
            int c;
            long position = bad;
            while ((c = in.read()) >= 0) {
                boolean start = gzip ? a == 0x1f && b == 0x8b && c == 0x08 : b == '\n' && c == 'W';
                long candidate = gzip ? position - 2 : position;
                if (start && candidate > bad && readable(source, candidate)) {
                    return candidate;
                }
                a = b;
                b = c;
                position++;
            }
            return source.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean readable(ArchiveSource source, long at) {
        try (InputStream in = source.openAt(at); WarcReader reader = new WarcReader(Channels.newChannel(in))) {
            return reader.next().isPresent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWithGzip(ArchiveSource source) {
        try (InputStream in = source.openAt(0)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RecordProblem problem(Exception e, ArchiveSource source, String member, long offset) {
        boolean inflating = e instanceof ZipException || e.getCause() instanceof ZipException
                || e instanceof EOFException && startsWithGzip(source);
        String reason = inflating ? Reasons.TRUNCATED_GZIP : Reasons.MALFORMED_WARC;
        return RecordProblem.failed(reason, member, offset, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
