package io.wiretrace.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Normalises a URL into the key used to recognise "the same URL": scheme and host lower case, default port and fragment dropped. */
public final class UrlKey {

    private UrlKey() {
    }

    /**
     * @throws IllegalArgumentException naming the value when it is not an absolute http(s) URL
     */
    public static String of(String url) {
        URI uri = parseHttpUrl(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
    }

    /** Parses an absolute http or https URL with a host. */
    public static URI parseHttpUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url is empty");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
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
}
