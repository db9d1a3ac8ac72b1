package io.wiretrace.watch;

/** No source with this id. */
public class SourceNotFound extends RuntimeException {

    public SourceNotFound(long id) {
        super("no source with id " + id);
    }
}
