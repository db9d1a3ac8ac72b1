package io.wiretrace.outlet;

/** An outlet key, domain or alias is already taken by another outlet. */
public class OutletConflict extends RuntimeException {

    private final String field;

    /** @param field the request field holding the taken value ({@code key}, {@code domains}, {@code aliases}) */
    public OutletConflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
