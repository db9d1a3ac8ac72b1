package io.wiretrace.event;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.revision.RevisionDiff;
import io.wiretrace.revision.SentenceChange;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code credit_dropped}: one event per attribution a revision removed, with both versions' evidence: the credit as
 * the old version had it (text and offsets), the new version's text at that place (the edited sentence, the new
 * byline, or "removed with its sentence"), and the credits the new version still has. Immutable.
 */
public final class CreditDroppedRule {

    private static final int MAX_REMAINING = 5;

    public List<NewEvent> check(StoryArticle previous, StoryArticle revision, RevisionDiff diff, String newByline) {
        List<NewEvent> out = new ArrayList<>();
        int k = 0;
        for (Attribution removed : diff.attributionsRemoved()) {
            List<EventEvidence> evidence = new ArrayList<>();
            Attribution.Evidence before = removed.evidence();
            evidence.add(new EventEvidence("removed_credit", previous.id(), previous.url(), before.text(),
                    before.location(), before.start(), before.end()));
            evidence.add(after(revision, diff, before, newByline));
            revision.credits().stream().limit(MAX_REMAINING).forEach(a -> evidence.add(new EventEvidence(
                    "remaining_credit", revision.id(), revision.url(), a.evidence().text(), a.evidence().location(),
                    a.evidence().start(), a.evidence().end())));
            String party = removed.target().name() != null ? removed.target().name() : before.text();
            String summary = "A revision of " + previous.label() + " (now " + revision.label() + ") dropped the credit to "
                    + party + " ('" + before.text() + "')";
            out.add(new NewEvent(EventType.CREDIT_DROPPED, "credit_dropped:" + revision.id() + ":" + k++,
                    revision.outletKey(), removed.target().key(), revision.id(), previous.id(), null,
                    removed.confidence(), summary, evidence));
        }
        return out;
    }

    /** The new version's text where the credit was. */
    private static EventEvidence after(StoryArticle revision, RevisionDiff diff, Attribution.Evidence before,
                                       String newByline) {
        if (before.start() == null) {
            return new EventEvidence("after_revision", revision.id(), revision.url(),
                    "byline".equals(before.location()) && newByline != null ? newByline : "(not found in the revision)",
                    before.location(), null, null);
        }
        for (SentenceChange change : diff.sentences()) {
            if (change.beforeStart() != null && change.beforeStart() <= before.start()
                    && before.start() < change.beforeEnd()) {
                return change.kind() == SentenceChange.Kind.EDITED
                        ? new EventEvidence("after_revision", revision.id(), revision.url(), change.after(), "body",
                                change.afterStart(), change.afterEnd())
                        : new EventEvidence("after_revision", revision.id(), revision.url(),
                                "(removed with its sentence: '" + change.before() + "')", "body", null, null);
            }
        }
        return new EventEvidence("after_revision", revision.id(), revision.url(),
                "(the text around the credit is unchanged; the credit is no longer detected)", "body", null, null);
    }
}
