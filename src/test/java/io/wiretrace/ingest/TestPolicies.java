package io.wiretrace.ingest;

import java.time.Duration;
import java.util.List;

/**
 * Small caps so failure paths are exercised quickly. Timeouts are generous except in {@link #shortTimeouts()}: the
 * build machine is shared, and a loaded machine must not turn an ordinary fetch into a TIMEOUT.
 */
final class TestPolicies {

    static final long MAX_BYTES = 64 * 1024;

    private TestPolicies() {
    }

    static FetchPolicy local() {
        return withAllowed(List.of("127.0.0.1"));
    }

    static FetchPolicy withAllowed(List<String> allowed) {
        return new FetchPolicy(Duration.ofSeconds(5), Duration.ofSeconds(10), MAX_BYTES, 3, allowed, "wiretrace-test");
    }

    /** 300 ms to connect, 500 ms for the response: for the tests that wait for a timeout. */
    static FetchPolicy shortTimeouts() {
        return new FetchPolicy(Duration.ofMillis(300), Duration.ofMillis(500), MAX_BYTES, 3, List.of("127.0.0.1"),
                "wiretrace-test");
    }
}
