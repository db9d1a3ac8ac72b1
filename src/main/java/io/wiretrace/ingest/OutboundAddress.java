package io.wiretrace.ingest;

import io.wiretrace.ingest.FetchException.Reason;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;

/**
 * Where the service may send a request: only absolute http(s) URLs without user info, to hosts that resolve to public
 * addresses only ({@link AddressFilter}) unless allow-listed. Shared by every outbound request (page fetches, webhook
 * deliveries) so they obey one SSRF rule. Immutable and thread-safe.
 */
public final class OutboundAddress {

    private final AddressFilter filter;
    private final HostResolver resolver;

    /** With the system resolver; {@code allowedHosts} as for {@link AddressFilter}. */
    public OutboundAddress(Collection<String> allowedHosts) {
        this(new AddressFilter(allowedHosts), InetAddress::getAllByName);
    }

    OutboundAddress(AddressFilter filter, HostResolver resolver) {
        this.filter = filter;
        this.resolver = resolver;
    }

    /** Only absolute http(s) URLs with a host and no user info; the fragment is dropped (never sent). */
    public static URI checkUrl(URI original, String what) {
        URI url = original.getHost() == null ? withAsciiHost(original) : original;
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(Reason.INVALID_URL, what + " '" + url + "' is not http or https");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new FetchException(Reason.INVALID_URL, what + " '" + url + "' has no host");
        }
        if (url.getRawUserInfo() != null) {
            throw new FetchException(Reason.INVALID_URL, what + " '" + url + "' carries user info");
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        // rebuilt without the fragment, and with "/" for an empty path so relative redirects resolve against it
        return URI.create(scheme + "://" + url.getRawAuthority() + path
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
    }

    /** A Unicode (IDN) host leaves {@link URI#getHost()} null; rewrite it in its ASCII (punycode) form. */
    private static URI withAsciiHost(URI url) {
        String authority = url.getRawAuthority();
        if (authority == null || authority.contains("@") || url.getScheme() == null) {
            return url;
        }
        int colon = authority.lastIndexOf(':');
        String host = colon > 0 ? authority.substring(0, colon) : authority;
        String port = authority.substring(host.length());
        try {
            return new URI(url.getScheme() + "://" + IDN.toASCII(host) + port
                    + (url.getRawPath() == null ? "" : url.getRawPath())
                    + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return url; // reported as "has no host" by the caller
        }
    }

    /**
     * Refuses (with {@link Reason#ADDRESS_REFUSED}) a URL whose host is a reserved name or resolves to any address
     * that is not public, unless allow-listed; an unknown host is a {@link Reason#NETWORK} failure.
     */
    public void check(URI url) {
        String host = AddressFilter.normalizeHost(url.getHost());
        int port = url.getPort() >= 0 ? url.getPort() : url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        if (filter.isAllowListed(host, port, null)) {
            return;
        }
        AddressFilter.refusalReason(host).ifPresent(reason -> {
            throw new FetchException(Reason.ADDRESS_REFUSED, "refused " + url + ": " + reason);
        });
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException(Reason.NETWORK, "cannot resolve host '" + host + "'", 0, e);
        }
        // the client may connect to any of them, so one refused address refuses the host
        for (InetAddress address : addresses) {
            if (!filter.isAllowListed(host, port, address)) {
                AddressFilter.refusalReason(address).ifPresent(reason -> {
                    throw new FetchException(Reason.ADDRESS_REFUSED, "refused " + url + ": host resolves to " + reason);
                });
            }
        }
    }

}
