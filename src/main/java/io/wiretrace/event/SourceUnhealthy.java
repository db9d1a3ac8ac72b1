package io.wiretrace.event;

import java.time.Instant;
import java.util.List;

/** {@code source_unhealthy}: a watched source's alert, keyed by the source and the time it was raised. */
public final class SourceUnhealthy {

    private SourceUnhealthy() {
    }

    public static NewEvent event(long sourceId, String outletKey, String url, String reason, Instant at) {
        return new NewEvent(EventType.SOURCE_UNHEALTHY, "source_unhealthy:" + sourceId + ":" + at.toEpochMilli(),
                outletKey, null, null, null, sourceId, 1.0, "Source " + url + " is unhealthy: " + reason,
                List.of(new EventEvidence("alert", null, url, reason, "source", null, null)));
    }
}
