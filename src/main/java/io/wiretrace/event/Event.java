package io.wiretrace.event;

import java.time.Instant;
import java.util.List;

/**
 * An event as stored.
 *
 * @param id               its id (ascending with time)
 * @param type             what happened
 * @param key              its idempotency key: the same cause always gives the same key, so it is recorded once
 * @param outletKey        the outlet it concerns (whose work was copied, whose article dropped a credit, whose credited
 *                         article arrived, whose source failed), or null
 * @param relatedOutletKey the other outlet (the copier, the outlet whose credit was dropped...), or null
 * @param articleId        the article it concerns (the copy, the revision, the arrived article), or null
 * @param relatedArticleId the other article (the copied original, the previous revision, the crediting article), or null
 * @param sourceId         the watched source, for source events
 * @param confidence       0..1
 * @param summary          one sentence a user reads
 * @param evidence         the exact texts with offsets
 */
public record Event(long id, EventType type, String key, String outletKey, String relatedOutletKey, Long articleId,
                    Long relatedArticleId, Long sourceId, double confidence, String summary,
                    List<EventEvidence> evidence, Instant createdAt) {

    public Event {
        evidence = List.copyOf(evidence);
    }
}
