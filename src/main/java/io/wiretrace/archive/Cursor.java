package io.wiretrace.archive;

/**
 * Where reading goes on: the WACZ member index (0 for a single file), the byte offset of the next record in it, and
 * for NDJSON the number of lines read before that offset.
 */
public record Cursor(int member, long offset, long line) {

    public static final Cursor START = new Cursor(0, 0, 0);
}
