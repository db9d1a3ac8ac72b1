package io.wiretrace.app;

/** Thrown by a {@link JobHandler} when trying again cannot help (a refused URL, invalid input): the job ends as failed. */
public class PermanentJobFailure extends RuntimeException {

    private final String result;

    /** @param result the outcome as JSON, kept on the job (or null) */
    public PermanentJobFailure(String message, String result, Throwable cause) {
        super(message, cause);
        this.result = result;
    }

    public String result() {
        return result;
    }
}
