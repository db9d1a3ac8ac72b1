package io.wiretrace.outlet;

import java.net.IDN;
import java.util.Locale;
import java.util.Set;

/**
 * Host and registrable-domain arithmetic for URLs and bare hosts. Pure functions, no network access. The public-suffix
 * knowledge is deliberately small: generic one-label suffixes plus the common two-label country suffixes
 * ({@code co.uk}, {@code com.au}, {@code com.br}...), which covers news sites without shipping the full list.
 */
public final class Domains {

    /** Second-level labels that, under a two-letter country code, form a public suffix ("co.uk", "com.br"). */
    private static final Set<String> SECOND_LEVEL = Set.of(
            "co", "com", "net", "org", "gov", "gob", "edu", "ac", "or", "ne", "go", "gv", "gen", "ltd", "plc", "info",
            "nic", "mil", "web", "nom", "sch", "blog", "art", "biz", "press", "tv");

    private Domains() {
    }

    /**
     * The lower-case host of a URL or bare host, without "www.", port, user info or trailing dot; IDN hosts are
     * returned in Unicode. Returns null when the input is blank or has no plausible host.
     */
    public static String host(String hostOrUrl) {
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
        s = cutAt(s, '/', '?', '#');
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
        if (s.startsWith("www.")) {
            s = s.substring(4);
        } else if (s.matches("www\\d\\..*")) {
            s = s.substring(s.indexOf('.') + 1);
        }
        if (!s.contains(".") || s.startsWith(".") || s.contains("..") || !s.matches("[\\p{L}\\p{N}.\\-]+")) {
            return null;
        }
        try {
            return IDN.toUnicode(s);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The registrable domain ("bbc.co.uk" for "https://www.bbc.co.uk/news"), or null when there is no host. */
    public static String registrableDomain(String hostOrUrl) {
        String host = host(hostOrUrl);
        if (host == null) {
            return null;
        }
        String[] labels = host.split("\\.");
        int n = labels.length;
        if (n <= 2) {
            return host;
        }
        boolean twoLevelSuffix = labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]);
        int keep = twoLevelSuffix ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
    }

    /** True when both name a host and their registrable domains are equal. */
    public static boolean sameRegistrableDomain(String a, String b) {
        String da = registrableDomain(a);
        return da != null && da.equals(registrableDomain(b));
    }

    /** True when the text looks like a bare domain or URL ("france24.com", "www.nytimes.com/x"), not a name. */
    public static boolean looksLikeDomain(String text) {
        if (text == null) {
            return false;
        }
        String s = text.strip();
        return !s.contains(" ") && s.matches("(?i)(https?://)?([\\p{L}\\p{N}\\-]+\\.)+[\\p{L}]{2,}(/\\S*)?");
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
