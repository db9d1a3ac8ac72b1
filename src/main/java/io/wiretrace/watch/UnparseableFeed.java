package io.wiretrace.watch;

/** A document is neither a feed nor a sitemap the parsers understand; the message carries the parser's reason. */
public class UnparseableFeed extends RuntimeException {

    public UnparseableFeed(String message, Throwable cause) {
        super(message, cause);
    }
}
