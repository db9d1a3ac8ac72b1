package io.wiretrace.archive;

/**
 * A record that is not imported, and why: {@code failed} when the record is bad (a truncated gzip member, a malformed
 * header, an unknown charset, a line that is not JSON), else skipped (not HTML, no article text, an unresolved
 * revisit).
 *
 * @param reason a short stable name ({@link Reasons})
 * @param member the WACZ entry, or null
 * @param offset byte offset of the record or line
 * @param line   the NDJSON line number, or null
 * @param detail what was found, for a human
 */
public record RecordProblem(boolean failed, String reason, String member, long offset, Long line, String detail)
        implements ArchiveItem {

    public static RecordProblem failed(String reason, String member, long offset, String detail) {
        return new RecordProblem(true, reason, member, offset, null, detail);
    }

    public static RecordProblem skipped(String reason, String member, long offset, String detail) {
        return new RecordProblem(false, reason, member, offset, null, detail);
    }

    public RecordProblem atLine(long number) {
        return new RecordProblem(failed, reason, member, offset, number, detail);
    }
}
