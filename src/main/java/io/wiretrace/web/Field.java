package io.wiretrace.web;

import java.util.List;
import java.util.Objects;

/** A labelled value on a page, with an optional link; rows with no value are left out by {@link #present}. */
public record Field(String name, String value, String href) {

    static Field of(String name, Object value) {
        return new Field(name, value == null ? null : Shorten.of(value.toString(), Shorten.FIELD), null);
    }

    /** A value linked to {@code href}; a very long value is shortened, a very long address not linked. */
    static Field link(String name, String value, String href) {
        return new Field(name, Shorten.of(value, Shorten.FIELD), Shorten.href(href));
    }

    static List<Field> present(Field... fields) {
        return java.util.Arrays.stream(fields).filter(Objects::nonNull)
                .filter(f -> f.value() != null && !f.value().isBlank()).toList();
    }
}
