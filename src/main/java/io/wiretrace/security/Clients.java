package io.wiretrace.security;

import io.vertx.core.http.HttpServerRequest;

/**
 * The client's address: the connection's peer, or the address a trusted proxy forwarded when Quarkus is told to
 * believe it ({@code quarkus.http.proxy.proxy-address-forwarding} and {@code trusted-proxies}); never a header alone.
 */
public final class Clients {

    private Clients() {
    }

    public static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
