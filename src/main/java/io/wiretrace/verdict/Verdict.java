package io.wiretrace.verdict;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A person's judgement of a finding; {@link #wireName()} is the JSON and database value. */
public enum Verdict {
    CONFIRMED, REJECTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The verdict with this wire name, if any. */
    public static Optional<Verdict> parse(String value) {
        return Arrays.stream(values()).filter(v -> v.wireName().equals(value)).findFirst();
    }
}
