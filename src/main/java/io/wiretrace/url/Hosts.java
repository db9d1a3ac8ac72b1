package io.wiretrace.url;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host of a URL or bare host as identity sees it: lower case, no port, user info or trailing dot, IDN in Unicode,
 * and without the prefixes that serve the same site in another form ({@code www.}, {@code www2.}, {@code m.},
 * {@code mobile.}, {@code amp.}). A prefix is only dropped when at least two labels remain, so {@code m.tv} stays.
 * Pure functions, no network access, thread-safe.
 */
public final class Hosts {

    private static final Pattern VARIANT_PREFIX = Pattern.compile("^(?:www\\d{0,2}|m|mobile|amp)\\.");
    private static final Pattern PLAUSIBLE = Pattern.compile("[\\p{L}\\p{N}.\\-]+");

    private Hosts() {
    }

    /**
     * The identity host of a URL or bare host ("https://M.Example.com:8443/x" gives "example.com"), or null. A web
     * archive's capture URL gives the archived page's host ({@link ArchiveCaptures}).
     */
    public static String of(String hostOrUrl) {
        String s = rawHost(ArchiveCaptures.original(hostOrUrl));
        if (s == null) {
            return null;
        }
        String stripped = s;
        while (true) {
            var m = VARIANT_PREFIX.matcher(stripped);
            if (!m.find() || stripped.substring(m.end()).indexOf('.') < 0) {
                break;
            }
            stripped = stripped.substring(m.end());
        }
        return stripped;
    }

    /**
     * The host exactly as named (lower case, Unicode, no port or trailing dot, prefixes kept), or null when the input
     * is blank or has no plausible host.
     */
    public static String rawHost(String hostOrUrl) {
        if (hostOrUrl == null || hostOrUrl.isBlank()) {
            return null;
        }
        String s = hostOrUrl.strip();
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        } else if (s.startsWith("//")) {
            s = s.substring(2);
        }
        s = cutAt(s, '/', '?', '#', '\\');
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            s = s.substring(at + 1);
        }
        int colon = s.indexOf(':');
        if (colon >= 0) {
            s = s.substring(0, colon);
        }
        s = s.toLowerCase(Locale.ROOT);
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (!s.contains(".") || s.startsWith(".") || s.contains("..") || !PLAUSIBLE.matcher(s).matches()) {
            return null;
        }
        try {
            return IDN.toUnicode(s);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String cutAt(String s, char... stops) {
        int end = s.length();
        for (char c : stops) {
            int i = s.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return s.substring(0, end);
    }
}
