package io.wiretrace.app;

import java.util.UUID;

/**
 * Told of each step of an import inside the transaction that commits it (before the commit); throwing rolls the
 * step back, as a crash would. Beans of this type are optional: none are needed to import.
 */
public interface ImportListener {

    /** A step of import {@code importId} is about to commit with {@code recordsRead} records read in all. */
    void stepWritten(UUID importId, long recordsRead);
}
