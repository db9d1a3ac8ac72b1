package io.wiretrace.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the site's name from a page title: "Headline | Site", "Headline - Site", "Site: Headline". With a known
 * site name (or domain) only that name is removed; without one, a short trailing segment after the last separator
 * is removed when the rest still looks like a headline. Stateless.
 */
final class TitleCleaner {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·»:/\\\\]{1,2}\\s+|\\s*::\\s*|\\s+\\|");

    private TitleCleaner() {
    }

    /**
     * @param raw      the title as the page gives it
     * @param siteName the outlet name, or null
     * @param domain   the page's domain (e.g. "example.com"), or null
     * @param heading  the page's main heading (first h1), or null: it confirms the cut when it matches
     */
    /** A heading as shown: whitespace collapsed, null when blank. */
    static String shown(String heading) {
        String t = heading == null ? "" : heading.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    static String clean(String raw, String siteName, String domain, String heading) {
        if (raw == null) {
            return null;
        }
        String title = Whitespace.collapse(raw).trim();
        if (title.isEmpty()) {
            return null;
        }
        String h = heading == null ? null : Whitespace.collapse(heading).trim();
        // the page's heading at either end of the title, and most of it, is the headline without the site name
        if (h != null && !h.equals(title) && h.length() * 5 >= title.length() * 2
                && (title.startsWith(h) || title.endsWith(h))) {
            return h;
        }
        String byName = removeName(title, siteName);
        if (byName == null && domain != null) {
            byName = removeName(title, DOMAIN_SUFFIX.matcher(domain).replaceFirst(""));
        }
        if (byName != null) {
            return byName;
        }
        return removeShortTail(title);
    }

    private static String removeName(String title, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String key = key(name);
        if (key.isEmpty()) {
            return null;
        }
        Matcher m = SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        int firstStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return null;
        }
        if (key(title.substring(lastEnd)).contains(key) && lastStart > 0) {
            return title.substring(0, lastStart).trim();
        }
        if (key(title.substring(0, firstStart)).equals(key) && firstEnd < title.length()) {
            return title.substring(firstEnd).trim();
        }
        return null;
    }

    /** Without a known name: drop the last segment when it is short and the remainder has at least 3 words. */
    private static String removeShortTail(String title) {
        Matcher m = SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            if (!m.group().contains(":")) { // "Topic: Headline" is a headline, not a site name
                lastStart = m.start();
                lastEnd = m.end();
            }
        }
        if (lastStart <= 0) {
            return title;
        }
        String head = title.substring(0, lastStart).trim();
        String tail = title.substring(lastEnd).trim();
        if (tail.split(" ").length <= 4 && head.split(" ").length >= 3) {
            return head;
        }
        return title;
    }

    private static final Pattern DOMAIN_SUFFIX = Pattern.compile("\\.[a-z.]+$");
    // compiled once: key() runs for every candidate line of a page, and String.replaceAll compiles per call
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern ARTICLE_OR_WWW = Pattern.compile("^(the|www\\.)\\s*");
    private static final Pattern COMMON_TLD = Pattern.compile("\\.(com|org|net|fr|de|co\\.uk|es)\\b");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    /** Lower-case letters and digits only, accents removed: "Le Monde.fr" and "lemonde" compare alike. */
    static String key(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        n = ARTICLE_OR_WWW.matcher(n.toLowerCase(Locale.ROOT)).replaceFirst("");
        return NOT_LETTER_OR_DIGIT.matcher(COMMON_TLD.matcher(n).replaceAll("")).replaceAll("");
    }
}
