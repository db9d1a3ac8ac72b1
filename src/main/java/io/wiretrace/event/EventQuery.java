package io.wiretrace.event;

import java.time.Instant;

/** A filter over events: each field null means "any". {@code outletKey} matches either outlet of an event. */
public record EventQuery(EventType type, String outletKey, Instant since) {

    public static final EventQuery ALL = new EventQuery(null, null, null);
}
