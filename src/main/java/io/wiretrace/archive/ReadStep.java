package io.wiretrace.archive;

import java.util.List;

/**
 * What one step of reading found: the items in file order, the cursor after the last of them, whether the file is
 * read to its end, and the bytes of the file read so far (for progress).
 */
public record ReadStep(List<ArchiveItem> items, Cursor next, boolean finished, long bytesRead) {

    public ReadStep {
        items = List.copyOf(items);
    }
}
