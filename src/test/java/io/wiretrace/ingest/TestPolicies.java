package io.wiretrace.ingest;

import java.time.Duration;
import java.util.List;

/** Short timeouts and small caps so failure paths are exercised in milliseconds. */
final class TestPolicies {

    static final long MAX_BYTES = 64 * 1024;

    private TestPolicies() {
    }

    static FetchPolicy local() {
        return withAllowed(List.of("127.0.0.1"));
    }

    static FetchPolicy withAllowed(List<String> allowed) {
        return new FetchPolicy(Duration.ofMillis(300), Duration.ofMillis(500), MAX_BYTES, 3, allowed, "wiretrace-test");
    }
}
