package io.wiretrace.api;

import io.wiretrace.app.Revisions;
import io.wiretrace.attribution.AttributionDetector;
import io.wiretrace.revision.RevisionDiff;
import io.wiretrace.revision.SentenceChange;
import java.time.Instant;
import java.util.List;

/**
 * One stored version of a URL and what changed from the version before (null for the first). Attributions of both
 * versions are compared as the current detector ({@code detectorVersion}) finds them.
 */
public record RevisionJson(long id, Long revisionOf, Instant createdAt, String contentSha256, String title,
                           DiffJson diff) {

    /** The diff: headline and byline before/after (null when unchanged), sentence changes, attributions. */
    public record DiffJson(RevisionDiff.TextChange headline, RevisionDiff.TextChange byline, long sentencesAdded,
                           long sentencesRemoved, long sentencesEdited, List<SentenceChange> sentences,
                           List<AttributionJson> attributionsAdded, List<AttributionJson> attributionsRemoved,
                           String detectorVersion) {
    }

    static RevisionJson of(Revisions.Version v) {
        RevisionDiff d = v.diff();
        DiffJson diff = d == null ? null : new DiffJson(d.headline(), d.byline(), d.count(SentenceChange.Kind.ADDED),
                d.count(SentenceChange.Kind.REMOVED), d.count(SentenceChange.Kind.EDITED), d.sentences(),
                d.attributionsAdded().stream().map(a -> AttributionJson.of(a, AttributionDetector.VERSION)).toList(),
                d.attributionsRemoved().stream().map(a -> AttributionJson.of(a, AttributionDetector.VERSION)).toList(),
                AttributionDetector.VERSION);
        return new RevisionJson(v.article().id(), v.previousId(), v.article().createdAt(), v.article().contentSha256(),
                v.article().extracted().title(), diff);
    }
}
