package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, forgiving JSON reader for JSON-LD blocks found in the wild. It returns {@link Map}, {@link List},
 * {@link String}, {@link Double}, {@link Boolean} or null, and never throws: trailing commas, comments, raw control
 * characters in strings, single-quoted strings and truncated input yield whatever could be read so far. Stateless.
 */
final class TolerantJson {

    private final String s;
    private int i;

    private TolerantJson(String s) {
        this.s = s;
    }

    /** Parses all top-level values in {@code text} (some pages concatenate objects); malformed parts are skipped. */
    static List<Object> parseAll(String text) {
        List<Object> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        TolerantJson p = new TolerantJson(text);
        while (true) {
            p.skipNoise();
            if (p.i >= p.s.length()) {
                return out;
            }
            int before = p.i;
            Object v = p.value(0);
            if (v instanceof Map || v instanceof List) {
                out.add(v);
            }
            if (p.i == before) {
                p.i++; // unknown character: skip it so that we always advance
            }
        }
    }

    private void skipNoise() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{' || c == '[') {
                return;
            }
            if (c == '/' && i + 1 < s.length() && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '*')) {
                skipWs();
            } else {
                i++;
            }
        }
    }

    private Object value(int depth) {
        skipWs();
        if (i >= s.length() || depth > 64) {
            return null;
        }
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
            case '\'':
                return string(c);
            default:
                return literal();
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        while (true) {
            skipWs();
            if (i >= s.length()) {
                return map;
            }
            char c = s.charAt(i);
            if (c == '}') {
                i++;
                return map;
            }
            if (c == ',') {
                i++;
                continue;
            }
            if (c == ']') { // mismatched bracket: give up on this object
                i++;
                return map;
            }
            String key = (c == '"' || c == '\'') ? string(c) : bareWord();
            skipWs();
            if (i < s.length() && s.charAt(i) == ':') {
                i++;
            }
            int before = i;
            Object v = value(depth + 1);
            if (key != null && !key.isEmpty()) {
                map.put(key, v);
            }
            if (i == before && i < s.length() && s.charAt(i) != '}' && s.charAt(i) != ',') {
                i++;
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        i++;
        while (true) {
            skipWs();
            if (i >= s.length()) {
                return list;
            }
            char c = s.charAt(i);
            if (c == ']') {
                i++;
                return list;
            }
            if (c == ',') {
                i++;
                continue;
            }
            if (c == '}') {
                i++;
                return list;
            }
            int before = i;
            Object v = value(depth + 1);
            if (v != null) {
                list.add(v);
            }
            if (i == before) {
                i++;
            }
        }
    }

    private String string(char quote) {
        StringBuilder b = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == quote) {
                return b.toString();
            }
            if (c == '\\' && i < s.length()) {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b', 'f' -> b.append(' ');
                    case 'u' -> {
                        if (i + 4 <= s.length()) {
                            try {
                                b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                                i += 4;
                            } catch (NumberFormatException ex) {
                                b.append('u');
                            }
                        }
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c < ' ' ? ' ' : c);
            }
        }
        return b.toString();
    }

    private Object literal() {
        String w = bareWord();
        if (w.isEmpty()) {
            return null;
        }
        switch (w) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                try {
                    return Double.valueOf(w);
                } catch (NumberFormatException e) {
                    return w;
                }
        }
    }

    private String bareWord() {
        int start = i;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ',' || c == ':' || c == '}' || c == ']' || c == '{' || c == '[' || Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        return s.substring(start, i);
    }

    private void skipWs() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? s.length() : nl + 1;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else {
                return;
            }
        }
    }
}
