package io.wiretrace.article;

import io.wiretrace.attribution.Attribution;
import java.time.Instant;

/** An attribution as stored: the finding plus the detector version that produced it and when. */
public record StoredAttribution(long articleId, Attribution attribution, String detectorVersion, Instant detectedAt) {
}
