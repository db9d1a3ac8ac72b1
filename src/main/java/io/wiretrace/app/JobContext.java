package io.wiretrace.app;

/**
 * What a {@link JobHandler} may do with the job it holds. Each call commits the given writes and the job's new state in
 * one transaction, fenced by the lease: if the lease was lost (the instance was too slow and another took the job over)
 * nothing is written and {@link LeaseLost} is thrown.
 */
public interface JobContext {

    /** Commits {@code writes} and marks the job succeeded with a message and a JSON result (either may be null). */
    void complete(String message, String result, Runnable writes);

    /** {@link #complete(String, String, Runnable)} recording the job's final progress: {@code done} of {@code done}. */
    void complete(String message, String result, int done, int failed, Runnable writes);

    /**
     * Commits {@code writes} and the job's progress, and queues the job again at once with {@code nextPayload} (a
     * cursor): long jobs run as steps, each committed, so a crash loses at most one step.
     */
    void proceed(String nextPayload, int done, int failed, Runnable writes);

    /** The lease of the job was lost: another instance holds it now. */
    final class LeaseLost extends RuntimeException {
        public LeaseLost(String message) {
            super(message);
        }
    }
}
