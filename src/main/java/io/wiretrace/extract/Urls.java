package io.wiretrace.extract;

import java.net.URI;
import io.wiretrace.url.Hosts;

/** URL helpers that never throw: resolving against a base and reading a bare host. */
final class Urls {

    private Urls() {
    }

    /** {@code href} made absolute against {@code base}; null when it cannot be made an http(s) URL. */
    static String absolute(String base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String h = href.trim().replace(" ", "%20");
        try {
            URI uri = base == null || base.isBlank() ? new URI(h) : new URI(base.trim().replace(" ", "%20")).resolve(h);
            return httpOnly(uri);
        } catch (Exception e) {
            return bareHttp(h);
        }
    }

    /** The same against a base already parsed, {@code h} already trimmed and with spaces escaped. */
    static String againstParsed(URI base, String h) {
        try {
            return httpOnly(base.resolve(h));
        } catch (Exception e) {
            return bareHttp(h);
        }
    }

    private static String httpOnly(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return null;
        }
        return uri.toString();
    }

    private static String bareHttp(String h) {
        return h.startsWith("http://") || h.startsWith("https://") ? h : null;
    }

    /** The identity host ({@link Hosts#of}), or null. */
    static String domain(String url) {
        return Hosts.of(url);
    }
}
