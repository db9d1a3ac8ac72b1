package io.wiretrace.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of event. */
public enum EventType {
    /** A new article derives from a watched (or credited) outlet's article without crediting that outlet. */
    UNCREDITED_COPY,
    /** A revision of an article removed one of its attributions. */
    CREDIT_DROPPED,
    /** The article a stored credit points to (its URL) has now been stored. */
    CREDITED_SOURCE_ARRIVED,
    /** A watched source failed too often or went silent. */
    SOURCE_UNHEALTHY;

    /** The wire name: "uncredited_copy". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code code} (case-insensitive), or empty. */
    public static Optional<EventType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    /** Every type's code, in declaration order. */
    public static java.util.List<String> codes() {
        return Arrays.stream(values()).map(EventType::code).toList();
    }
}
