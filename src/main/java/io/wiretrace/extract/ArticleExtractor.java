package io.wiretrace.extract;

/**
 * Extracts an article from HTML or plain text. Implementations are immutable and thread-safe.
 */
public interface ArticleExtractor {

    /**
     * @param html    the page as decoded text
     * @param pageUrl the page's final URL (used to resolve relative links and for {@code siteDomain}); may be null
     * @throws NoArticleFound when no body text can be extracted
     */
    ExtractedArticle fromHtml(String html, String pageUrl);

    /**
     * A plain-text article: paragraphs are lines or blank-line separated blocks.
     *
     * @throws NoArticleFound when the text is blank
     */
    ExtractedArticle fromText(String text, TextHints hints);
}
