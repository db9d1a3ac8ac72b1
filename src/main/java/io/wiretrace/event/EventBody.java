package io.wiretrace.event;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire form of an event, the same in the API, in webhook deliveries and in the Atom feed's links.
 *
 * @param type    the type's code ({@code uncredited_copy}...)
 * @param outlet  the outlet it concerns (key), or null
 * @param relatedOutlet the other outlet (key), or null
 * @param links   paths (relative to the service) of the event's page, its articles and, for a copy, the pair's
 *                alignment: where a reader checks the evidence
 */
public record EventBody(long id, String type, String outlet, String relatedOutlet, Long articleId,
                        Long relatedArticleId, Long sourceId, double confidence, String summary,
                        List<EventEvidence> evidence, Map<String, String> links, Instant createdAt) {

    public static EventBody of(Event e) {
        return new EventBody(e.id(), e.type().code(), e.outletKey(), e.relatedOutletKey(), e.articleId(),
                e.relatedArticleId(), e.sourceId(), e.confidence(), e.summary(), e.evidence(), links(e), e.createdAt());
    }

    private static Map<String, String> links(Event e) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("page", "/events/" + e.id());
        if (e.articleId() != null) {
            links.put("article", "/api/articles/" + e.articleId());
        }
        if (e.relatedArticleId() != null) {
            links.put("relatedArticle", "/api/articles/" + e.relatedArticleId());
        }
        if (e.type() == EventType.UNCREDITED_COPY && e.articleId() != null && e.relatedArticleId() != null) {
            links.put("alignment", "/api/articles/" + e.articleId() + "/reuse/" + e.relatedArticleId());
        }
        if (e.type() == EventType.CREDIT_DROPPED && e.articleId() != null) {
            links.put("revisions", "/api/articles/" + e.articleId() + "/revisions");
        }
        return links;
    }
}
