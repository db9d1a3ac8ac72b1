package io.wiretrace.article;

/** The raw bytes of a page or text exactly as received, with the media type they came with. */
public record Snapshot(String contentType, byte[] bytes) {
}
