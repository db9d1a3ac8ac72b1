package io.wiretrace.extract;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

/**
 * Resolves the links of one page's body with the same results as Jsoup's {@code absUrl} followed by
 * {@link Urls#absolute}, but parses each base URL once per page instead of once per link (the per-link parse of the
 * page URL was about a tenth of the receive time), and answers links of another scheme ({@code javascript:},
 * {@code mailto:}, {@code tel:}) without asking {@link URL}, which looks for a protocol handler among the installed
 * service providers on every such link. One per body written; not thread-safe.
 */
final class LinkResolver {

    private final String baseUrl;
    private final Map<String, Optional<URL>> jsoupBases = new HashMap<>();
    private Optional<URI> base;

    /** A link as resolution reads it: its base, whether it has an href at all, and the href. */
    private record Link(String baseUri, boolean hasHref, String href) {
    }

    /** Per link already resolved on this page, its result (empty for null): pages repeat a third of their links. */
    private final Map<Link, Optional<String>> resolved = new HashMap<>();

    LinkResolver(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The absolute http(s) URL of {@code a}'s href, or null. */
    String href(Element a) {
        Link link = new Link(a.baseUri(), a.hasAttr("href"), a.attr("href"));
        return resolved.computeIfAbsent(link, k -> Optional.ofNullable(resolve(a))).orElse(null);
    }

    private String resolve(Element a) {
        if (otherScheme(a.attr("href"))) {
            return null;
        }
        String abs = absUrl(a);
        return absolute(abs.isEmpty() ? a.attr("href") : abs);
    }

    /**
     * The href names a scheme other than http(s): Jsoup's result then keeps that scheme (or is the href itself) and
     * {@link Urls#absolute} turns it to null. As {@link URL} reads it: control characters stripped (as Jsoup does),
     * surrounding blanks trimmed, a scheme of letters, digits, '+', '-' and '.' before the first ':' and before any
     * '/' or '#'; "url:" is left to the full path, since {@link URL} skips it as a prefix.
     */
    static boolean otherScheme(String href) {
        String scheme = scheme(href);
        return scheme != null && !(scheme.equals("http") || scheme.equals("https") || scheme.equals("url"));
    }

    /**
     * {@code a.absUrl("href")} when that is an http(s) URL (it starts with "http"), else empty. Jsoup's result for a
     * link of another scheme is empty or starts with that scheme (as written or lower-cased): unless the scheme
     * starts with "http" it is answered without resolving ("url:" is a prefix {@link URL} skips).
     */
    String httpAbsUrl(Element a) {
        String scheme = scheme(a.attr("href"));
        if (scheme != null && !scheme.startsWith("http") && !scheme.equals("url")) {
            return "";
        }
        String abs = absUrl(a);
        return abs.startsWith("http") ? abs : "";
    }

    /** The href's scheme as {@link URL} reads it ({@link #otherScheme}), lower-cased; null without one. */
    private static String scheme(String href) {
        String h = stripControl(href).trim();
        int colon = -1;
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == ':') {
                colon = i;
                break;
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!(letter || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')))) {
                return null;
            }
        }
        return colon <= 0 ? null : h.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static String stripControl(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** {@code a.absUrl("href")}: Jsoup's resolution against the element's base URI, the base parsed once. */
    private String absUrl(Element a) {
        if (!a.hasAttr("href")) {
            return "";
        }
        String baseUri = a.baseUri();
        String rel = a.attr("href");
        Optional<URL> parsed = jsoupBases.computeIfAbsent(baseUri, LinkResolver::jsoupBase);
        if (parsed.isEmpty()) {
            return StringUtil.resolve(baseUri, rel);
        }
        try {
            return StringUtil.resolve(parsed.get(), rel).toExternalForm();
        } catch (MalformedURLException e) {
            return StringUtil.resolve(baseUri, rel); // Jsoup's own fall-backs for this link
        }
    }

    /** The base as Jsoup parses it; empty when Jsoup would strip control characters first or cannot parse it. */
    private static Optional<URL> jsoupBase(String baseUri) {
        if (!stripControl(baseUri).equals(baseUri)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URL(baseUri));
        } catch (MalformedURLException e) {
            return Optional.empty();
        }
    }

    /** {@link Urls#absolute}{@code (baseUrl, href)} with the base parsed once. */
    private String absolute(String href) {
        if (base == null) {
            base = parsedBase();
        }
        if (href == null || href.isBlank() || base.isEmpty()) {
            return Urls.absolute(baseUrl, href);
        }
        return Urls.againstParsed(base.get(), href.trim().replace(" ", "%20"));
    }

    private Optional<URI> parsedBase() {
        if (baseUrl == null || baseUrl.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(baseUrl.trim().replace(" ", "%20")));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
