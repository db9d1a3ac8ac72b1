package io.wiretrace.app;

import io.wiretrace.article.ArticleInput;
import jakarta.enterprise.context.ApplicationScoped;

/** Extraction and attribution detection of an input, storing nothing. */
@ApplicationScoped
public class AnalyzeArticle {

    private final ArticleReceiver receiver;

    public AnalyzeArticle(ArticleReceiver receiver) {
        this.receiver = receiver;
    }

    public ReceivedArticle analyze(ArticleInput input) {
        return receiver.receive(input);
    }
}
