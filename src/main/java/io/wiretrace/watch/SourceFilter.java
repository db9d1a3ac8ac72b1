package io.wiretrace.watch;

/**
 * Which watched sources a list shows; a null field does not filter.
 *
 * @param outletKey the outlet the sources are assigned to
 * @param paused    paused (true) or polled (false)
 * @param alerting  with a health alert raised (true) or healthy (false)
 */
public record SourceFilter(String outletKey, Boolean paused, Boolean alerting) {

    public static final SourceFilter ALL = new SourceFilter(null, null, null);
}
