package io.wiretrace.archive;

/** A {@code warcinfo}, {@code request} or {@code metadata} record: read for context, it holds no article. */
public record ContextRecord(String recordType, String recordId, String member, long offset) implements ArchiveItem {
}
