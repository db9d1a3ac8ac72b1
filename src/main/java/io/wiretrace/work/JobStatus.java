package io.wiretrace.work;

import java.util.Locale;

/** States of a queued job. Only {@code QUEUED} and {@code RUNNING} are pending; the other three are final. */
public enum JobStatus {
    /** Waiting until its {@code runAt}. */
    QUEUED,
    /** Leased by one instance until its lease expires. */
    RUNNING,
    /** Done. */
    SUCCEEDED,
    /** Ended by a permanent error (a refused URL, invalid input): trying again cannot help. */
    FAILED,
    /** Dead letter: every attempt failed (or its instance died each time); the last error is kept. */
    DEAD;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean pending() {
        return this == QUEUED || this == RUNNING;
    }

    /** The status named by {@code value} (case-insensitive). */
    public static JobStatus of(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
