package io.wiretrace.verdict;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The verdict that stands on a finding (the latest one), as evidence with its author and time.
 *
 * @param id                the verdict's id (its history row)
 * @param verdict           confirmed or rejected
 * @param author            the principal who gave it
 * @param at                when
 * @param note              the reviewer's note, may be empty
 * @param machineConfidence the detector's figure when the verdict was given, kept beside the person's judgement
 * @param statement         the confidence as a person states it: "confirmed by ana on 2026-12-06 03:50 UTC"
 */
public record Review(long id, Verdict verdict, String author, Instant at, String note, Double machineConfidence,
                     String statement) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public Review {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note;
        statement = verdict.wireName() + " by " + author + " on " + WHEN.format(at);
    }

    public Review(long id, Verdict verdict, String author, Instant at, String note, Double machineConfidence) {
        this(id, verdict, author, at, note, machineConfidence, null);
    }

    public boolean rejected() {
        return verdict == Verdict.REJECTED;
    }
}
