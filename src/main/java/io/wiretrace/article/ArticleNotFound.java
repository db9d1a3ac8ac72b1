package io.wiretrace.article;

/** No article has the requested id. */
public class ArticleNotFound extends RuntimeException {
    public ArticleNotFound(long id) {
        super("no article with id " + id);
    }
}
