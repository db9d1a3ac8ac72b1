package io.wiretrace.web;

import io.wiretrace.article.ArticleInput;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.article.StatedTime;
import io.wiretrace.article.StorableText;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the home page's check form holds, turned into an {@link ArticleInput}. {@code as} is "auto" (a lone http(s)
 * address is fetched, markup is parsed as HTML, anything else is plain text), "url", "html" or "text". Outlet, title
 * and publication time are facts of a text (a page states its own).
 */
public record CheckForm(String input, String as, String url, String outlet, String title, String publishedAt) {

    /** An empty form. */
    public static final CheckForm EMPTY = new CheckForm(null, null, null, null, null, null);

    private static final Pattern LONE_URL = Pattern.compile("(?i)^https?://\\S+$");
    private static final Pattern MARKUP = Pattern.compile("(?is)^\\s*(<!doctype|<html|<head|<body|<article|<div|<p[ >])");

    public ArticleInput toInput() {
        StorableText.check("input", input);
        StorableText.check("url", url);
        StorableText.check("outlet", outlet);
        StorableText.check("title", title);
        String text = blankToNull(input);
        String link = blankToNull(url);
        String mode = as == null || as.isBlank() ? "auto" : as.strip().toLowerCase(Locale.ROOT);
        if (text == null) {
            if (link != null && (mode.equals("auto") || mode.equals("url"))) {
                return new ArticleInput.FromUrl(link);
            }
            throw new InvalidInput("input", "paste a URL, an HTML page or an article text to check");
        }
        if (mode.equals("auto")) {
            mode = LONE_URL.matcher(text).matches() ? "url" : MARKUP.matcher(text).find() ? "html" : "text";
        }
        return switch (mode) {
            case "url" -> new ArticleInput.FromUrl(text);
            case "html" -> new ArticleInput.FromHtml(text, link);
            case "text" -> new ArticleInput.FromText(text, link, blankToNull(outlet), blankToNull(title),
                    StatedTime.parse("publishedAt", publishedAt));
            default -> throw new InvalidInput("as", "'" + as + "' is not one of auto, url, html, text");
        };
    }

    /** True when the form reads its input as {@code mode} ("auto" when none was chosen). */
    public boolean readAs(String mode) {
        return (as == null || as.isBlank() ? "auto" : as.strip()).equalsIgnoreCase(mode);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
