package io.wiretrace.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name to its addresses; a seam so tests can resolve names without DNS. */
@FunctionalInterface
interface HostResolver {

    InetAddress[] resolve(String host) throws UnknownHostException;
}
