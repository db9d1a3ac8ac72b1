package io.wiretrace.ingest;

import java.net.URI;
import java.util.Locale;

/** The host a request goes to, as politeness counts hosts: its name in lower case and its port when not the default. */
public final class HostKeys {

    private HostKeys() {
    }

    /** host[:port], the port only when it is not the scheme's default. */
    public static String of(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port < 0 || (port == 80 && "http".equalsIgnoreCase(url.getScheme()))
                || (port == 443 && "https".equalsIgnoreCase(url.getScheme()));
        return defaultPort ? host : host + ":" + port;
    }
}
