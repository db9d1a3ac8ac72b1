package io.wiretrace.provenance.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Minimal JSON text helpers: string escaping and number formatting. */
public final class Json {

    private Json() {
    }

    /** A JSON string literal, quotes included; control characters and U+2028/U+2029 escaped. */
    public static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A finite number with at most 4 decimals, no exponent; NaN and infinities become 0. */
    static String num(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "0";
        }
        return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A JSON array of string literals. */
    static String strings(List<String> values) {
        return "[" + String.join(",", values.stream().map(Json::str).toList()) + "]";
    }

    /** A typed literal of PROV-JSON: {"$": value, "type": type}. */
    static String typed(String value, String type) {
        return "{\"$\":" + str(value) + ",\"type\":" + str(type) + "}";
    }
}
