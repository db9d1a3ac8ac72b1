package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a pasted plain-text article into an {@link ExtractedArticle}. The whole text is kept as the body (line
 * endings normalised, each line trimmed, paragraphs joined by a blank line) so that credits and footers stay
 * visible to later stages. The title comes from the hints, else from a conservative headline heuristic; the language from
 * its function words ({@link LanguageGuess}), since a text states none. Stateless.
 */
final class TextArticleParser {

    private static final Pattern DOMAIN = Pattern.compile("(?i)\\b(?:https?://|www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*"
            + "\\.(?:com|org|net|info|news|co|io|uk|de|fr|es|it|in|ng|au|ca|us|tv|me)\\b");
    private static final int MAX_HEADLINE_SCAN = 4;

    private TextArticleParser() {
    }

    static ExtractedArticle parse(String text, TextHints hints) {
        if (text == null || text.isBlank()) {
            throw new NoArticleFound("the text is blank");
        }
        TextHints h = hints == null ? TextHints.NONE : hints;
        List<String> paragraphs = paragraphs(text);
        String title = h.title() != null && !h.title().isBlank() ? h.title().trim() : headline(paragraphs);
        String domain = Urls.domain(h.url());
        String canonical = Urls.absolute(null, h.url());
        String body = String.join("\n\n", paragraphs);
        return new ExtractedArticle(title, List.of(), null, h.publishedAt(), null,
                LanguageGuess.of(body).orElse(null), null, h.outlet(), domain, canonical, body, JsonLdFacts.EMPTY,
                List.of(), List.of());
    }

    /** Non-empty lines, trimmed; blank lines only separate. */
    static List<String> paragraphs(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        for (String line : normalised.split("\n")) {
            String t = line.replace('\u00a0', ' ').strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The first of the leading lines that reads like a headline: 3 to 20 words, no final sentence punctuation,
     * not a domain or a tagline naming a domain. Null when none does: a wrong title is worse than none.
     */
    static String headline(List<String> paragraphs) {
        for (int i = 0; i < Math.min(MAX_HEADLINE_SCAN, paragraphs.size()); i++) {
            String line = paragraphs.get(i);
            if (looksLikeHeadline(line)) {
                return line;
            }
            if (line.length() > 200) {
                return null; // the body started: a headline would have come before it
            }
        }
        return null;
    }

    private static boolean looksLikeHeadline(String line) {
        int words = line.split("\\s+").length;
        if (words < 3 || words > 20 || line.length() > 160 || DOMAIN.matcher(line).find()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".:;,!?)\"”»".indexOf(last) >= 0) {
            return false;
        }
        // headlines start with a capital or a digit
        return Character.isUpperCase(line.charAt(0)) || Character.isDigit(line.charAt(0));
    }
}
