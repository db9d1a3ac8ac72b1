package io.wiretrace.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs a {@code <title>} that is never closed ({@code </titlevalue="true" -->}, or a title cut short by a spliced
 * script: damaged pages of crawls and old templates). An HTML parser reads everything after such a tag as title text,
 * so the page has no body, although the story is there in plain paragraphs. When no {@code </title>} follows the tag
 * within {@value #MAX_TITLE} characters, the title ends at the end of its line. Stateless.
 */
final class UnclosedTitle {

    static final int MAX_TITLE = 2000;
    private static final Pattern OPEN = Pattern.compile("(?i)<title\\b[^>]*>");
    private static final Pattern CLOSE = Pattern.compile("(?i)</title\\s*>");

    private UnclosedTitle() {
    }

    /** The page with its unclosed title closed at the end of the title's line; the page itself when nothing is wrong. */
    static String repair(String html) {
        Matcher open = OPEN.matcher(html);
        if (!open.find()) {
            return html;
        }
        int from = open.end();
        Matcher close = CLOSE.matcher(html).region(from, Math.min(html.length(), from + MAX_TITLE));
        if (close.find()) {
            return html;
        }
        int eol = html.indexOf('\n', from);
        int end = eol < 0 ? Math.min(html.length(), from + MAX_TITLE) : eol;
        return html.substring(0, end) + "</title>" + html.substring(end);
    }
}
