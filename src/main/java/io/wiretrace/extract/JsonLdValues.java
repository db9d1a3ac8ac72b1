package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Helpers to read loosely typed JSON-LD values: strings, objects, arrays and {@code @id} references. */
final class JsonLdValues {

    private final Map<String, Map<String, Object>> byId;

    JsonLdValues(Map<String, Map<String, Object>> byId) {
        this.byId = byId;
    }

    static List<String> types(Map<String, Object> o) {
        List<String> out = new ArrayList<>();
        Object t = o.get("@type");
        if (t instanceof String s) {
            out.add(localName(s));
        } else if (t instanceof List<?> list) {
            for (Object x : list) {
                if (x instanceof String s) {
                    out.add(localName(s));
                }
            }
        }
        return out;
    }

    private static String localName(String type) {
        int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(cut + 1).trim();
    }

    /** A value as a list of items (a single value becomes a one-item list). */
    List<Object> items(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return List.of(value);
    }

    /** The object behind a value, following an {@code @id} reference; null for plain strings. */
    @SuppressWarnings("unchecked")
    Map<String, Object> resolve(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            return null;
        }
        Map<String, Object> m = (Map<String, Object>) value;
        if (m.get("@id") instanceof String id && byId.containsKey(id) && m.size() <= 2) {
            return byId.get(id);
        }
        return m;
    }

    Map<String, Object> firstObject(Object value) {
        for (Object item : items(value)) {
            Map<String, Object> m = resolve(item);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    String name(Map<String, Object> o) {
        String name = text(o.get("name"));
        if (name == null) {
            String given = text(o.get("givenName"));
            String family = text(o.get("familyName"));
            if (given != null || family != null) {
                name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
            }
        }
        return name;
    }

    /** A scalar as trimmed text (first element of an array, {@code @value} of a value object), else null. */
    String text(Object value) {
        if (value instanceof String s) {
            String t = s.trim();
            return t.isEmpty() ? null : org.jsoup.parser.Parser.unescapeEntities(t, false);
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            return text(list.get(0));
        }
        if (value instanceof Map<?, ?> m && m.get("@value") != null) {
            return text(m.get("@value"));
        }
        return null;
    }

    /** A short JSON rendering of an object's identifying fields, for evidence. */
    static String abridged(Map<String, Object> o) {
        StringBuilder b = new StringBuilder("{");
        for (String key : List.of("@type", "name", "url", "@id")) {
            Object v = o.get(key);
            if (v instanceof String s) {
                if (b.length() > 1) {
                    b.append(", ");
                }
                b.append('"').append(key).append("\": \"").append(s.trim()).append('"');
            }
        }
        return b.append('}').toString();
    }
}
