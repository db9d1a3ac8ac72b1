package io.wiretrace.event;

import io.wiretrace.attribution.Attribution;
import java.util.List;

/**
 * {@code credited_source_arrived}: an article was stored whose URL a stored credit points to; one event per crediting
 * article, keyed by that article and the arrived URL, so later revisions of the arrived page raise nothing new.
 */
public final class CreditedSourceArrivedRule {

    /**
     * @param arrived     the article just stored
     * @param arrivedKey  its URL identity key
     * @param crediting   the article whose credit points to it
     * @param credit      that credit
     */
    public NewEvent event(StoryArticle arrived, String arrivedKey, StoryArticle crediting, Attribution credit) {
        Attribution.Evidence e = credit.evidence();
        String summary = "The page " + crediting.label() + " credits has arrived: " + arrived.label() + " ("
                + arrived.url() + ")";
        List<EventEvidence> evidence = List.of(
                new EventEvidence("credit", crediting.id(), crediting.url(), e.text(), e.location(), e.start(), e.end()),
                new EventEvidence("arrived_article", arrived.id(), arrived.url(), arrived.url(), "url", null, null));
        return new NewEvent(EventType.CREDITED_SOURCE_ARRIVED,
                "credited_source_arrived:" + crediting.id() + ":" + arrivedKey, arrived.outletKey(),
                crediting.outletKey(), arrived.id(), crediting.id(), null, credit.confidence(), summary, evidence);
    }
}
