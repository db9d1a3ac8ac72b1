package io.wiretrace.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a host may be fetched: refuses every address that is not a public unicast address (loopback,
 * private, link-local and cloud metadata, CGNAT, unspecified, multicast, broadcast, reserved and documentation ranges,
 * IPv6 ULA/link-local and IPv4 addresses embedded in IPv6) and well-known metadata host names, so that a submitted URL
 * cannot make the service talk to its own network (SSRF). Hosts listed in the allow-list are exempt. Immutable and
 * thread-safe.
 */
public final class AddressFilter {

    /** Names that reach cloud metadata services or the local host whatever DNS says. */
    private static final Set<String> REFUSED_NAMES = Set.of("metadata.google.internal", "metadata.goog", "localhost");

    private final Set<String> allowed;

    /** @param allowedHosts host names or literal IPs, optionally "host:port", exempt from the filter */
    public AddressFilter(Collection<String> allowedHosts) {
        this.allowed = allowedHosts.stream().map(AddressFilter::canonicalEntry).collect(Collectors.toUnmodifiableSet());
    }

    /** True when {@code host} (or "host:port") or the literal form of {@code address} is on the allow-list. */
    public boolean isAllowListed(String host, int port, InetAddress address) {
        String name = canonicalHost(normalizeHost(host));
        if (allowed.contains(name) || allowed.contains(name + "|" + port)) {
            return true;
        }
        if (address == null) {
            return false;
        }
        String literal = address.getHostAddress();
        return allowed.contains(literal) || allowed.contains(literal + "|" + port);
    }

    /** "host", "host:port", "[v6]:port" or a bare IPv6 literal, as "host" or "host|port" with IP literals canonical. */
    private static String canonicalEntry(String entry) {
        String e = entry.trim().toLowerCase(Locale.ROOT);
        String host = e;
        String port = null;
        if (e.startsWith("[")) {
            int close = e.indexOf(']');
            host = e.substring(1, Math.max(close, 1));
            port = close >= 0 && e.startsWith(":", close + 1) ? e.substring(close + 2) : null;
        } else if (e.indexOf(':') >= 0 && e.indexOf(':') == e.lastIndexOf(':')) {
            host = e.substring(0, e.indexOf(':'));
            port = e.substring(e.indexOf(':') + 1);
        }
        host = canonicalHost(normalizeHost(host));
        return port == null ? host : host + "|" + port;
    }

    /** IP literals in the form {@link InetAddress#getHostAddress()} gives; names unchanged. No DNS lookup. */
    private static String canonicalHost(String host) {
        if (host.matches("[0-9.]+") || (host.contains(":") && host.matches("[0-9a-f:.]+"))) {
            try {
                return InetAddress.getByName(host).getHostAddress();
            } catch (java.net.UnknownHostException e) {
                return host;
            }
        }
        return host;
    }

    /** Why a host name is refused before resolution (metadata and localhost names), or empty. */
    public static Optional<String> refusalReason(String host) {
        String name = normalizeHost(host);
        if (REFUSED_NAMES.contains(name) || name.endsWith(".localhost")) {
            return Optional.of("host name '" + name + "' is reserved for the local machine or cloud metadata");
        }
        if (numericNotDottedQuad(name)) {
            return Optional.of("host '" + name + "' is an IPv4 address in a non-standard form (a single number, hex, "
                    + "octal or shortened), which clients read differently; write it as four decimal numbers");
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern NUMERIC_LABEL = java.util.regex.Pattern.compile("(?i)[0-9]+|0x[0-9a-f]*");
    private static final java.util.regex.Pattern DOTTED_QUAD = java.util.regex.Pattern.compile(
            "(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    /**
     * A host whose last label is a number ("2130706433", "0x7f000001", "127.1", "0177.0.0.1") names no DNS host (no
     * top-level domain is numeric): it is an address, and any form but four decimal numbers is read one way by Java's
     * resolver and another by browsers and curl (octal, hex), so it is refused rather than guessed.
     */
    private static boolean numericNotDottedQuad(String name) {
        if (name.contains(":")) {
            return false; // an IPv6 literal, checked as an address
        }
        String last = name.substring(name.lastIndexOf('.') + 1);
        return NUMERIC_LABEL.matcher(last).matches() && !DOTTED_QUAD.matcher(name).matches();
    }

    /** Why an address is not a public unicast address (e.g. "private address 10.0.0.1"), or empty when it is. */
    public static Optional<String> refusalReason(InetAddress address) {
        String kind = address instanceof Inet4Address v4 ? classifyV4(v4.getAddress()) : classifyV6(address.getAddress());
        return Optional.ofNullable(kind).map(k -> k + " address " + address.getHostAddress());
    }

    private static String classifyV4(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        int a2 = b[2] & 0xFF;
        if (a0 == 0) {
            return "unspecified";
        }
        if (a0 == 127) {
            return "loopback";
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xF0) == 16) || (a0 == 192 && a1 == 168)) {
            return "private";
        }
        if (a0 == 169 && a1 == 254) {
            return "link-local (cloud metadata)";
        }
        if (a0 == 100 && (a1 & 0xC0) == 64) {
            return "carrier-grade NAT";
        }
        if (a0 >= 224 && a0 <= 239) {
            return "multicast";
        }
        if (a0 == 255 && a1 == 255 && a2 == 255 && (b[3] & 0xFF) == 255) {
            return "broadcast";
        }
        if (a0 >= 240) {
            return "reserved";
        }
        if ((a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) || (a0 == 198 && a1 == 51 && a2 == 100)
                || (a0 == 203 && a1 == 0 && a2 == 113) || (a0 == 198 && (a1 & 0xFE) == 18)) {
            return "reserved";
        }
        return null;
    }

    private static String classifyV6(byte[] b) {
        if (b.length == 4) {
            return classifyV4(b);
        }
        if (isZero(b, 0, 15)) {
            int last = b[15] & 0xFF;
            return last == 0 ? "unspecified" : last == 1 ? "loopback" : embeddedV4(b, 12);
        }
        if (isZero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
            return embeddedV4(b, 12); // IPv4-mapped ::ffff:a.b.c.d
        }
        if (isZero(b, 0, 12)) {
            return embeddedV4(b, 12); // deprecated IPv4-compatible ::a.b.c.d
        }
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && isZero(b, 4, 12)) {
            return embeddedV4(b, 12); // NAT64 64:ff9b::/96 reaches the embedded IPv4 address
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return embeddedV4(b, 2); // 6to4 2002::/16
        }
        if ((b0 & 0xFE) == 0xFC) {
            return "unique-local";
        }
        if (b0 == 0xFE && (b1 & 0xC0) == 0x80) {
            return "link-local";
        }
        if (b0 == 0xFE && (b1 & 0xC0) == 0xC0) {
            return "site-local";
        }
        if (b0 == 0xFF) {
            return "multicast";
        }
        if (b0 == 0x20 && b1 == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8) {
            return "reserved";
        }
        return null;
    }

    private static String embeddedV4(byte[] b, int offset) {
        byte[] v4 = {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]};
        String kind = classifyV4(v4);
        return kind == null ? null : "IPv6-embedded " + kind;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, no IPv6 brackets, no trailing root dot. */
    static String normalizeHost(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
