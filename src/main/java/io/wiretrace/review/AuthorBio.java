package io.wiretrace.review;

import java.util.List;

/**
 * An author bio paragraph found near the end of an article.
 *
 * @param text the paragraph
 * @param start offset in the bodyText
 * @param end end offset (exclusive)
 * @param topicWords the words the bio gives as the author's subject ("educational issues and policy reforms")
 */
public record AuthorBio(String text, int start, int end, List<String> topicWords) {

    public AuthorBio {
        topicWords = List.copyOf(topicWords);
    }
}
