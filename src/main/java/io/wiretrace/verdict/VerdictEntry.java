package io.wiretrace.verdict;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One verdict as recorded (a row of a finding's history; rows are never changed).
 *
 * @param id                its id, 0 before it is stored
 * @param key               what the finding says
 * @param verdict           confirmed or rejected
 * @param note              the reviewer's note, may be empty
 * @param author            the principal who gave it
 * @param producer          the attribution rule, reuse class or edge kind that produced the finding
 * @param machineConfidence the detector's confidence then, null when it had none
 * @param summary           the finding in words, as it read when judged
 * @param articleKeys       the articles it is about, named as in the key
 * @param articleIds        the rows they were then (for links; verdicts are not keyed to them)
 * @param at                when it was given
 */
public record VerdictEntry(long id, FindingKey key, Verdict verdict, String note, String author, String producer,
                           Double machineConfidence, String summary, List<String> articleKeys, List<Long> articleIds,
                           Instant at) {

    public VerdictEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(author, "author");
        note = note == null ? "" : note;
        articleKeys = List.copyOf(articleKeys);
        articleIds = List.copyOf(articleIds);
    }

    /** The verdict as the evidence that stands on its finding. */
    public Review review() {
        return new Review(id, verdict, author, at, note, machineConfidence);
    }
}
