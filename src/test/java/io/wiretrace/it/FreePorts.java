package io.wiretrace.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A free port for a service the tests start. Chosen below Linux's ephemeral range (32768 and up): a port the kernel
 * hands out (port 0) may be taken by an outgoing connection between the check and the service's bind, which made a
 * restart fail with "port in use" now and then.
 */
final class FreePorts {

    private static final int LOW = 20_000;
    private static final int HIGH = 32_000;

    private FreePorts() {
    }

    static int take() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOW, HIGH);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(port));
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between " + LOW + " and " + HIGH);
    }
}
