package io.wiretrace.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a WACZ: the WARC files under {@code archive/} in name order, record by record ({@link WarcRecordReader}); the
 * cursor's member is the index of the WARC file. A zip without {@code datapackage.json} or without a WARC under
 * {@code archive/} is not a WACZ: one {@link Reasons#NOT_WACZ} problem, and nothing read.
 */
public final class WaczReader {

    private final WarcRecordReader warc;

    public WaczReader(WarcRecordReader warc) {
        this.warc = warc;
    }

    public ReadStep read(Path file, Cursor cursor, int maxItems) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> members = members(zip);
            if (zip.getEntry("datapackage.json") == null || members.isEmpty()) {
                return notWacz("the zip has " + (members.isEmpty() ? "no archive/*.warc[.gz] entry" : "no datapackage.json"));
            }
            List<ArchiveItem> items = new ArrayList<>();
            int member = cursor.member();
            long offset = cursor.offset();
            while (member < members.size() && !WarcRecordReader.full(items, maxItems)) {
                ZipEntry entry = members.get(member);
                ReadStep step = warc.read(ArchiveSource.of(zip, entry), entry.getName(), member, offset,
                        maxItems - items.size());
                items.addAll(step.items());
                if (step.finished()) {
                    member++;
                    offset = 0;
                } else {
                    offset = step.next().offset();
                }
            }
            long read = offset;
            for (int i = 0; i < member; i++) {
                read += members.get(i).getSize();
            }
            return new ReadStep(items, new Cursor(member, offset, 0), member >= members.size(), read);
        } catch (ZipException e) {
            return notWacz("the file is not a readable zip: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The uncompressed size of the WARC files in a WACZ (0 when it is not one). */
    public static long warcBytes(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return members(zip).stream().mapToLong(ZipEntry::getSize).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<? extends ZipEntry> members(ZipFile zip) {
        return zip.stream().filter(e -> !e.isDirectory() && e.getName().startsWith("archive/")
                        && (e.getName().endsWith(".warc") || e.getName().endsWith(".warc.gz")))
                .sorted(Comparator.comparing(ZipEntry::getName)).toList();
    }

    private static ReadStep notWacz(String detail) {
        return new ReadStep(List.of(RecordProblem.failed(Reasons.NOT_WACZ, null, 0, detail)), new Cursor(0, 0, 0),
                true, 0);
    }
}
