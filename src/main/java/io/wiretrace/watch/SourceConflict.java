package io.wiretrace.watch;

/** A source with the same URL identity is already watched. */
public class SourceConflict extends RuntimeException {

    private final long existingId;

    public SourceConflict(String url, long existingId) {
        super("a source with the URL " + url + " is already watched: source " + existingId);
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}
