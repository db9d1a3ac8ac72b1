package io.wiretrace.watch;

/** The URL a client asked to watch answers with a document that is neither a feed, a sitemap nor a homepage. */
public class NotAFeed extends RuntimeException {

    public NotAFeed(String message, Throwable cause) {
        super(message, cause);
    }
}
