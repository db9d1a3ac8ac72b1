package io.wiretrace.extract;

/** The page or text holds no extractable article (no body text). */
public class NoArticleFound extends RuntimeException {
    public NoArticleFound(String message) {
        super(message);
    }
}
