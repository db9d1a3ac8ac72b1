package io.wiretrace.event;

import java.time.Instant;
import java.util.List;

/**
 * The wire form of an event, the same in the API, in webhook deliveries and in the Atom feed's links.
 *
 * @param type    the type's code ({@code uncredited_copy}...)
 * @param outlet  the outlet it concerns (key), or null
 * @param relatedOutlet the other outlet (key), or null
 */
public record EventBody(long id, String type, String outlet, String relatedOutlet, Long articleId,
                        Long relatedArticleId, Long sourceId, double confidence, String summary,
                        List<EventEvidence> evidence, Instant createdAt) {

    public static EventBody of(Event e) {
        return new EventBody(e.id(), e.type().code(), e.outletKey(), e.relatedOutletKey(), e.articleId(),
                e.relatedArticleId(), e.sourceId(), e.confidence(), e.summary(), e.evidence(), e.createdAt());
    }
}
