package io.wiretrace.ingest;

import java.util.Optional;

/**
 * Decodes the bytes of a page received other than by fetching (an archived capture) the way a fetched page is
 * decoded ({@link CharsetSniffer}), except that a charset the Content-Type names but the JVM does not know is an
 * {@link UnknownCharset}, not a silent fall-back: the capture says something this service cannot read.
 */
public final class PageDecoder {

    private PageDecoder() {
    }

    public static String decode(String contentType, byte[] body) {
        if (contentType != null) {
            Optional<String> label = CharsetSniffer.headerCharset(contentType);
            if (label.isPresent() && CharsetSniffer.lookup(label.get()).isEmpty()) {
                throw new UnknownCharset(label.get());
            }
        }
        return CharsetSniffer.choose(contentType, body).decode(body);
    }

    /** A charset label that names no charset the JVM has. */
    public static final class UnknownCharset extends RuntimeException {
        public UnknownCharset(String label) {
            super("unknown charset '" + label + "'");
        }
    }
}
