package io.wiretrace.reuse;

/** Which normalised tokens carry content: not a function word ({@link LexicalSentenceEmbedder#STOPWORDS}), 3+ chars. */
final class ContentWords {

    private ContentWords() {
    }

    static boolean isContent(String token) {
        return token.length() > 2 && !LexicalSentenceEmbedder.STOPWORDS.contains(token);
    }
}
