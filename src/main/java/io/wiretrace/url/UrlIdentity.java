package io.wiretrace.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One page's identity: the URL as received (kept as evidence) and the key under which every form of that URL meets.
 * Two URLs have the same key when they differ only in scheme (http/https), a {@code www.}/{@code m.}/{@code amp.}
 * host prefix, host case, a default port, user info, the fragment, a trailing slash, tracking parameters
 * ({@link TrackingParameters}), the order of the other parameters, or an AMP form of the path ({@code /amp},
 * {@code /amp/...}, {@code .amp}, {@code .amp.html}, {@code ?amp}, {@code outputType=amp}): the same article, never a
 * revision of it. The path keeps its case; percent-escapes are written one way (unreserved characters decoded, the
 * rest upper-case, non-ASCII encoded as UTF-8).
 *
 * <p>The key is itself a URL, {@code https://host[:port]/path?query}, with no trailing slash ("https://example.com"
 * for a site's front page). A web archive's capture URL ({@link ArchiveCaptures}: Wayback Machine, archive.today) has
 * the key of the page it archived: the capture is that page. Immutable and thread-safe.
 *
 * @param received the URL as given, stripped of surrounding white space
 * @param key the identity key
 */
public record UrlIdentity(String received, String key) {

    /**
     * @throws IllegalArgumentException naming the value when it is not an absolute http(s) URL with a host
     */
    public static UrlIdentity of(String url) {
        URI uri = parseHttpUrl(url);
        String received = url.strip();
        String original = ArchiveCaptures.original(received);
        if (!original.equals(received)) {
            try {
                uri = parseHttpUrl(original);
            } catch (IllegalArgumentException e) {
                // the archived URL is unusable: the capture keeps its own identity
            }
        }
        return new UrlIdentity(received, keyOf(uri));
    }

    /** When a web archive captured the page, for a capture URL that states it ({@link ArchiveCaptures}). */
    public Optional<java.time.Instant> capturedAt() {
        return ArchiveCaptures.of(received).map(ArchiveCaptures.Capture::capturedAt);
    }

    /** The identity of a URL, or empty when it is not an absolute http(s) URL; never throws. */
    public static Optional<UrlIdentity> parse(String url) {
        try {
            return Optional.of(of(url));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The key of a URL, or null when it is not an absolute http(s) URL; never throws. */
    public static String keyOrNull(String url) {
        return parse(url).map(UrlIdentity::key).orElse(null);
    }

    /** True when both are URLs with the same key. */
    public static boolean same(String a, String b) {
        String ka = keyOrNull(a);
        return ka != null && ka.equals(keyOrNull(b));
    }

    /** The identity host ({@link Hosts#of}) of this URL. */
    public String host() {
        return Hosts.of(key);
    }

    /**
     * Parses an absolute http or https URL with a host; spaces and non-ASCII characters are escaped first, as a
     * browser would.
     *
     * @throws IllegalArgumentException naming the value when it is not one
     */
    public static URI parseHttpUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url is empty");
        }
        URI uri;
        try {
            uri = new URI(PercentEncoding.escapeLoose(url.strip()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url '" + url + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("url '" + url + "' must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("url '" + url + "' has no host");
        }
        return uri;
    }

    private static String keyOf(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String named = Hosts.of(uri.getRawAuthority());
        String host = named != null ? named : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = AmpForms.path(PercentEncoding.normalise(uri.getRawPath() == null ? "" : uri.getRawPath()));
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = query(uri.getRawQuery());
        return "https://" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
    }

    /** Parameters other than tracking and AMP switches, sorted by name (stable for repeated names). */
    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = PercentEncoding.normalise(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (TrackingParameters.isTracking(name) || AmpForms.isAmpSwitch(name, value)) {
                continue;
            }
            kept.add(eq < 0 ? name : name + "=" + PercentEncoding.normalise(value));
        }
        kept.sort(Comparator.comparing(p -> p.contains("=") ? p.substring(0, p.indexOf('=')) : p));
        return String.join("&", kept);
    }

    /** Percent-escapes written one way. */
    static final class PercentEncoding {

        private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

        private PercentEncoding() {
        }

        /** Escapes what a browser escapes before sending: spaces, non-ASCII and characters never valid in a URL. */
        static String escapeLoose(String url) {
            StringBuilder out = new StringBuilder(url.length());
            byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i++) {
                int c = bytes[i] & 0xff;
                boolean strayPercent = c == '%' && !(i + 2 < bytes.length && isHex((char) bytes[i + 1]) && isHex((char) bytes[i + 2]));
                if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0 || strayPercent) {
                    out.append('%').append(String.format("%02X", c));
                } else {
                    out.append((char) c);
                }
            }
            return out.toString();
        }

        /** Decodes escaped unreserved characters and upper-cases the remaining escapes' hex digits. */
        static String normalise(String raw) {
            String s = escapeLoose(raw);
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '%' && isEscape(s, i)) {
                    int v = Integer.parseInt(s.substring(i + 1, i + 3), 16);
                    if (UNRESERVED.indexOf(v) >= 0) {
                        out.append((char) v);
                    } else {
                        out.append('%').append(s.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                    }
                    i += 2;
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        /** True when a '%' at {@code i} starts an escape (two hex digits follow); indices past ASCII never do. */
        private static boolean isEscape(String s, int i) {
            return i + 2 < s.length() && s.charAt(i) == '%' && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
        }

        private static boolean isHex(char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
    }
}
