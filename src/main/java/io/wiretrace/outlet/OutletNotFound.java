package io.wiretrace.outlet;

/** No outlet has the requested key. */
public class OutletNotFound extends RuntimeException {
    public OutletNotFound(String key) {
        super("no outlet with key '" + key + "'");
    }
}
