package io.wiretrace.outlet;

/** An outlet key or domain is already taken by another outlet. */
public class OutletConflict extends RuntimeException {
    public OutletConflict(String message) {
        super(message);
    }
}
