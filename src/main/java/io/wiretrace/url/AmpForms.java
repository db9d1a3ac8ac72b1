package io.wiretrace.url;

import java.util.Locale;

/**
 * The AMP forms of an article's path and query: the same article served for accelerated mobile pages. Covers the
 * conventions publishers use (AMP project docs, "Make your page discoverable"; WordPress AMP plugin: {@code /amp/}
 * and {@code ?amp}; Arc/Brightspot {@code outputType=amp}; {@code .amp}/{@code .amp.html} suffixes).
 */
final class AmpForms {

    private AmpForms() {
    }

    /** The path without its AMP marker: a leading or trailing {@code amp} segment, or an {@code .amp} suffix. */
    static String path(String path) {
        String p = path;
        if (p.equals("/amp") || p.equals("/amp/")) {
            return "/";
        }
        if (p.startsWith("/amp/")) {
            p = p.substring(4);
        }
        if (p.endsWith("/amp/")) {
            p = p.substring(0, p.length() - 4);
        } else if (p.endsWith("/amp")) {
            p = p.substring(0, p.length() - 4);
        }
        if (p.endsWith(".amp.html")) {
            p = p.substring(0, p.length() - ".amp.html".length()) + ".html";
        } else if (p.endsWith(".amp")) {
            p = p.substring(0, p.length() - 4);
        }
        return p;
    }

    /** True for a query parameter that only asks for the AMP form ({@code amp}, {@code amp=1}, {@code outputType=amp}). */
    static boolean isAmpSwitch(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        String v = value.toLowerCase(Locale.ROOT);
        return (n.equals("amp") || n.equals("_amp")) && (v.isEmpty() || v.equals("1") || v.equals("true"))
                || n.equals("outputtype") && v.equals("amp");
    }
}
