package io.wiretrace.api;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.article.StoredAttribution;
import java.util.List;

/** An attribution as the API shows it. */
public record AttributionJson(String kind, Attribution.Target target, Attribution.Evidence evidence, double confidence,
                              String rule, String reason, String detectorVersion) {

    static List<AttributionJson> ofStored(List<StoredAttribution> stored) {
        return stored.stream().map(s -> of(s.attribution(), s.detectorVersion())).toList();
    }

    static AttributionJson of(Attribution a, String detectorVersion) {
        return new AttributionJson(a.kind().wireName(), a.target(), a.evidence(), a.confidence(), a.rule(), a.reason(),
                detectorVersion);
    }
}
