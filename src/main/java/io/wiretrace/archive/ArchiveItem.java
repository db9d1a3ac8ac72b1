package io.wiretrace.archive;

/** One thing read from an archive: a capture to import, a line of NDJSON, a context record, or a problem. */
public sealed interface ArchiveItem permits Capture, TextLine, ContextRecord, RecordProblem {

    /** Byte offset of the record (or line) in its file or WACZ member. */
    long offset();
}
