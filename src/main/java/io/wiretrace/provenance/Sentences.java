package io.wiretrace.provenance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Plain-language evidence sentences, e.g. "footer says 'Original Source: www.france24.com'". */
final class Sentences {

    private static final int MAX_QUOTE = 200;

    private Sentences() {
    }

    static String says(CreditInput c) {
        String text = c.text() == null ? "(no text)" : clip(c.text());
        return where(c.location()) + " says '" + text + "'";
    }

    static String where(String location) {
        if (location == null || location.isBlank()) {
            return "the page";
        }
        return switch (location.toLowerCase(Locale.ROOT)) {
            case "body" -> "body text";
            case "meta" -> "meta tag";
            case "jsonld" -> "JSON-LD";
            default -> location.toLowerCase(Locale.ROOT);
        };
    }

    /** How a node reads inside a sentence: "the NDTV article", or the outlet/placeholder label. */
    static String name(Node n) {
        if (n.type() == Node.Type.ARTICLE) {
            return n.outletName() == null ? "article " + n.id() : "the " + n.outletName() + " article";
        }
        return n.label();
    }

    static String percent(double share) {
        return Math.round(Confidence.clamp(share) * 100) + "%";
    }

    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String clip(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= MAX_QUOTE ? t : t.substring(0, MAX_QUOTE - 1) + "\u2026";
    }
}
