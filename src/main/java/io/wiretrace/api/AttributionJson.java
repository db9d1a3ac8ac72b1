package io.wiretrace.api;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.article.StoredAttribution;
import io.wiretrace.verdict.Review;
import java.util.ArrayList;
import java.util.List;

/**
 * An attribution as the API shows it.
 *
 * @param confidence the detector's figure
 * @param review     the verdict that stands on it (a person's confirmation or rejection, with author, time, note and
 *                   the statement "confirmed by …"), null when none or when the attribution is not stored
 */
public record AttributionJson(String kind, Attribution.Target target, Attribution.Evidence evidence, double confidence,
                              String rule, String reason, String detectorVersion, Review review) {

    static List<AttributionJson> ofStored(List<StoredAttribution> stored) {
        return stored.stream().map(s -> of(s.attribution(), s.detectorVersion())).toList();
    }

    /** Stored attributions with their reviews ({@code reviews} in the same order, null where none). */
    static List<AttributionJson> ofStored(List<StoredAttribution> stored, List<Review> reviews) {
        List<AttributionJson> out = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            StoredAttribution s = stored.get(i);
            Attribution a = s.attribution();
            out.add(new AttributionJson(a.kind().wireName(), shown(a.target()), a.evidence(), a.confidence(), a.rule(),
                    a.reason(), s.detectorVersion(), i < reviews.size() ? reviews.get(i) : null));
        }
        return out;
    }

    static AttributionJson of(Attribution a, String detectorVersion) {
        return new AttributionJson(a.kind().wireName(), shown(a.target()), a.evidence(), a.confidence(), a.rule(), a.reason(),
                detectorVersion, null);
    }

    /** The target with {@code url} the credited page, also where the credit is the URL itself (a canonical link). */
    private static Attribution.Target shown(Attribution.Target t) {
        return t.url() != null || t.creditedUrl() == null ? t : t.withUrl(t.creditedUrl());
    }
}
