package io.wiretrace.archive;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an NDJSON file a line at a time from a byte offset, with each line's number and offset; blank lines are passed
 * over, a line over the cap is a {@link Reasons#TOO_LARGE} problem. Decoding the JSON is the caller's. Thread-safe.
 */
public final class NdjsonLineReader {

    private final long maxLineBytes;

    public NdjsonLineReader(long maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    public ReadStep read(ArchiveSource source, Cursor cursor, int maxItems) {
        List<ArchiveItem> items = new ArrayList<>();
        long offset = cursor.offset();
        long line = cursor.line();
        try (InputStream in = new BufferedInputStream(source.openAt(offset), 1 << 16)) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            while (items.size() < maxItems && offset < source.size()) {
                buffer.reset();
                long start = offset;
                long length = 0;
                int c;
                while ((c = in.read()) >= 0 && c != '\n') {
                    length++;
                    if (length <= maxLineBytes) {
                        buffer.write(c);
                    }
                }
                offset = start + length + (c == '\n' ? 1 : 0);
                line++;
                if (length > maxLineBytes) {
                    items.add(RecordProblem.failed(Reasons.TOO_LARGE, null, start, "line " + line + " has " + length
                            + " bytes, over the cap of " + maxLineBytes).atLine(line));
                    continue;
                }
                String text = buffer.toString(StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) {
                    items.add(new TextLine(start, line, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReadStep(items, new Cursor(0, offset, line), offset >= source.size(), offset);
    }
}
