package io.wiretrace.verdict;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a verdict is about; {@link #wireName()} is the JSON and database value. */
public enum FindingType {
    ATTRIBUTION, REUSE, HOP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type with this wire name, if any. */
    public static Optional<FindingType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(value)).findFirst();
    }
}
