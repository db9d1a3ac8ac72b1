package io.wiretrace.outlet;

import io.wiretrace.url.Hosts;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
     * The identity host of a URL or bare host ({@link Hosts#of}): lower case, without "www."/"m."/"amp.", port, user
     * info or trailing dot; IDN hosts in Unicode. Returns null when the input is blank or has no plausible host.
     */
    public static String host(String hostOrUrl) {
        return Hosts.of(hostOrUrl);
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

    /** Compiled once: attribution asks this of many candidate names per article. */
    private static final Pattern DOMAIN_OR_URL =
            Pattern.compile("(?i)(https?://)?([\\p{L}\\p{N}\\-]+\\.)+[\\p{L}]{2,}(/\\S*)?");

    /** True when the text looks like a bare domain or URL ("france24.com", "www.nytimes.com/x"), not a name. */
    public static boolean looksLikeDomain(String text) {
        if (text == null) {
            return false;
        }
        String s = text.strip();
        return !s.contains(" ") && DOMAIN_OR_URL.matcher(s).matches();
    }
}
