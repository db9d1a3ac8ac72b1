package io.wiretrace.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Bytes that can be read from any offset: a file, or an entry of a zip (a WACZ member). */
public interface ArchiveSource {

    /** A stream of the bytes from {@code offset} on; the caller closes it. */
    InputStream openAt(long offset) throws IOException;

    /** Length in bytes. */
    long size();

    static ArchiveSource of(Path file) throws IOException {
        long size = java.nio.file.Files.size(file);
        return new ArchiveSource() {
            @Override
            public InputStream openAt(long offset) throws IOException {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                channel.position(offset);
                return Channels.newInputStream(channel);
            }

            @Override
            public long size() {
                return size;
            }
        };
    }

    static ArchiveSource of(ZipFile zip, ZipEntry entry) {
        return new ArchiveSource() {
            @Override
            public InputStream openAt(long offset) throws IOException {
                InputStream in = zip.getInputStream(entry);
                in.skipNBytes(Math.min(offset, entry.getSize()));
                return in;
            }

            @Override
            public long size() {
                return entry.getSize();
            }
        };
    }
}
