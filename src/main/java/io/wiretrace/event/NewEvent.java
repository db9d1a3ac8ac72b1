package io.wiretrace.event;

import java.util.List;

/** An event to record; fields as in {@link Event}. Recording one whose {@code key} is stored already is a no-op. */
public record NewEvent(EventType type, String key, String outletKey, String relatedOutletKey, Long articleId,
                       Long relatedArticleId, Long sourceId, double confidence, String summary,
                       List<EventEvidence> evidence) {

    public NewEvent {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
        }
        evidence = List.copyOf(evidence);
    }
}
