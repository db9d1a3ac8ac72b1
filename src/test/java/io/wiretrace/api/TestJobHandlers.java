package io.wiretrace.api;

import io.wiretrace.app.JobContext;
import io.wiretrace.app.JobHandler;
import io.wiretrace.app.PermanentJobFailure;
import io.wiretrace.work.Job;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Job handlers that exist only in the tests, to drive the work queue through retries, failures and dead letters. */
final class TestJobHandlers {

    private TestJobHandlers() {
    }

    /** Fails while its attempt number is at most the number in its payload ({@code {"failures": n}}), then succeeds. */
    @ApplicationScoped
    static class Flaky implements JobHandler {
        static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

        @Override
        public String kind() {
            return "test-flaky";
        }

        @Override
        public void handle(Job job, JobContext context) {
            CALLS.computeIfAbsent(job.subject(), s -> new AtomicInteger()).incrementAndGet();
            int failures = Integer.parseInt(job.payload().replaceAll("\\D", ""));
            if (job.attempts() <= failures) {
                throw new IllegalStateException("planned failure " + job.attempts() + " of " + failures);
            }
            context.complete("done after " + job.attempts() + " attempts", "{\"attempts\":" + job.attempts() + "}",
                    () -> { });
        }
    }

    /** Ends at once as failed: trying again cannot help. */
    @ApplicationScoped
    static class Refusing implements JobHandler {
        @Override
        public String kind() {
            return "test-refusing";
        }

        @Override
        public void handle(Job job, JobContext context) {
            throw new PermanentJobFailure("refused for good", "{\"status\":\"REFUSED\"}", null);
        }
    }
}
