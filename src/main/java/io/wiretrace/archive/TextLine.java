package io.wiretrace.archive;

/** One line of an NDJSON file (without its line end), its 1-based number and byte offset; decoding is the caller's. */
public record TextLine(long offset, long line, String text) implements ArchiveItem {
}
