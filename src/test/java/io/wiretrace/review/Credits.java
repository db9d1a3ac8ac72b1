package io.wiretrace.review;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.attribution.AttributionKind;

/** Test-data builder for attributions as the detector would report them. */
final class Credits {

    private Credits() {
    }

    /** An attribution to {@code name}/{@code domain} whose evidence is the first occurrence of {@code evidence} in body. */
    static Attribution credit(AttributionKind kind, String name, String domain, String evidence, String body) {
        int start = body.indexOf(evidence);
        if (start < 0) {
            throw new IllegalArgumentException("evidence not in body: " + evidence);
        }
        return new Attribution(kind, new Attribution.Target(null, name, domain, evidence),
                new Attribution.Evidence(evidence, "body", start, start + evidence.length()), 0.9, "test." + kind.wireName(),
                "built by hand in a test");
    }
}
