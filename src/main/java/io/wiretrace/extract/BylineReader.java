package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the byline element (rel=author, itemprop=author, byline/author classes; not in comments, related stories,
 * sidebars, hovercards, nor a bare date) and turns byline strings into person names: without "By" or a section label
 * before it, without a glued date ({@link BylineText}), split on commas, "and" and "(with …)", without outlet or
 * agency names, one per name whatever its case. Stateless.
 */
final class BylineReader {

    private static final Keywords BYLINE_HINT = Keywords.of("byline", "by-line", " author", "writtenby", "p-author",
            "autor", "auteur", " credit ");
    /** A short header line naming the source ("Updated 5 PM | Source: PTI"). */
    private static final Pattern TWO_CAPITALS = Pattern.compile("\\p{Lu}{2}");

    /**
     * Two capitals linked to their own author page ("AA" linking /yazar/aa, Anadolu's page on a Turkish site): an
     * agency's initials, not a fragment; an avatar's initials link no page of theirs.
     */
    private static boolean agencyInitials(Element e, String text) {
        if (!TWO_CAPITALS.matcher(text).matches()) {
            return false;
        }
        Element link = e.is("a") ? e : e.selectFirst("a[href]");
        String href = link == null ? "" : link.attr("href").toLowerCase(java.util.Locale.ROOT);
        String own = text.toLowerCase(java.util.Locale.ROOT);
        return href.endsWith("/" + own) || href.endsWith("/" + own + "/");
    }
    /** The separators the byline's text puts around a logo's name (" | DHA | "). */
    private static final Pattern LOGO_EDGES = Pattern.compile("^[\\s|]+|[\\s|]+$");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?iu)(?:^|[|•·,]\\s*)(?:" + SourceLabels.ANY + ")\\s*[:：]\\s*\\S");
    private static final Keywords NOT_BYLINE = Keywords.of("bio", "about", "avatar", "image", "photo", "img",
            "comment", "more", "authority", "hovercard", "popover", "tooltip", "dropdown", "follow");
    private static final Pattern BY_PREFIX = Pattern.compile(
            "(?iu)^(written\\s+)?(by|von|par|por|di|door|af|de|przez|autor(?:a)?:?|author:?|text:?)\\s+");
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:[,;&|]|\\s(?:[Aa]nd|AND|und|et|y|e)\\s|\\(\\s*(?:with|avec|mit|con|com)\\s)\\s*");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?iu)\\b(news|press|presse|agency|agencia|agence|agentur|staff|editor(s|ial)?|redaktion|redacci[oó]n|"
                    + "r[eé]daction|desk|team|media|times|post|tribune|herald|journal|magazine?|online|"
                    + "reuters|afp|dpa|ap|apa|efe|ansa|pti|ians|kna|epd|sid|upi|bloomberg|contributors?|wire|"
                    + "daily|newsroom|inc|ltd|gmbh)\\b");
    private static final Pattern NOT_A_NAME = Pattern.compile("[\\d@/:]|https?:|\\.com\\b|\\.\\w{2,3}$");
    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?iu)^(bild|foto|photo|image|picture|grafik|©)");
    private static final Pattern NOT_PERSON_WORD = Pattern.compile("(?iu)^(no|unknown|anonym\\w*|an[oó]nimo|admin|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|"
            + "samstag|sonntag|january|february|march|july|september|october|november|december|" // April, June, August name people
            + "updated|published|author|autor|redaktion|quelle|source|share|tweet|email|print|follow|comments?)$");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?iu)(?:anonym\\w*|an[oó]nimo|admin(?:istrator)?|unknown|none|null|undefined|n/?a|-+)");
    private static final Pattern PARTICLE = Pattern.compile("(?u)^(de|da|del|della|di|do|dos|das|du|la|le|van|von|"
            + "der|den|ter|ten|bin|ibn|al|el|y|e|zu|af)$");
    private static final int LONG_TEXT = 200;
    /**
     * An unmarked line above the article text that reads as a byline: "By" and a capitalised name, then at most a
     * short credit ("By KAREN MATTHEWS THE ASSOCIATED PRESS", "By Stephen Lawson | IDG News Service"), or a name, a
     * comma and an organisation in capitals ("Derrik J. Lang, THE ASSOCIATED PRESS").
     */
    private static final Pattern BY_LINE = Pattern.compile(
            "(?u)^(?:By|BY)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}(?:\\s*[,|(]?\\s*[\\p{L}.'’()&\\- ]{0,50})$"
                    // "Derrik J. Lang, THE ASSOCIATED PRESS": a name, a comma and an organisation in capitals
                    + "|^\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3},\\s+\\p{Lu}[\\p{Lu} .&'’-]{2,40}$");
    private static final int BYLINE_BLOCK_LEVELS = 3;
    /** A section label before "by" ("Tech Industry by Jane Doe", "Deal Professor By JANE DOE"). */
    private static final Pattern LABEL_BEFORE_BY = Pattern.compile("^(?:\\p{Lu}\\p{L}*\\s){1,3}(?:by|By|BY)\\s+");

    private BylineReader() {
    }

    /**
     * The first short visible element marked as a byline, else the first short line naming a source (such lines
     * stand under the headline where a byline would), or null.
     */
    static Element findElement(PageIndex page, Element body, HintCache hints) {
        Element sourceLine = null;
        Element marked = null;
        Element byLine = null;
        int paragraphs = 0; // elements of article-like length seen: a byline stands above the second
        boolean articleStarted = false; // source lines count only above the text, where a byline would stand
        ChromeAncestors chrome = new ChromeAncestors(hints);
        for (Element e : page.subtree(body)) {
            boolean isMarked = marked == null && isBylineMarked(e, hints);
            int ownLength = 0;
            boolean colon = false;
            // below the article's start only marked bylines are looked for: own text no longer counts
            for (int i = 0; !articleStarted && i < e.childNodeSize(); i++) {
                if (e.childNode(i) instanceof TextNode t) {
                    String raw = t.getWholeText(); // no copy: cheaper than ownText() on every element
                    ownLength += strippedLength(raw);
                    colon |= raw.indexOf(':') >= 0 || raw.indexOf('：') >= 0;
                }
            }
            articleStarted |= ownLength >= LONG_TEXT;
            paragraphs += ownLength >= 100 ? 1 : 0;
            boolean maybeSource = sourceLine == null && !articleStarted && colon;
            boolean maybeByLine = byLine == null && !articleStarted && paragraphs < 2 && ownLength > 5 && ownLength < 100;
            if (!isMarked && !maybeSource && !maybeByLine) {
                if (marked != null && (sourceLine != null || articleStarted)) {
                    break;
                }
                continue;
            }
            String text = e.text().trim();
            if (isMarked && text.length() < 3 && e.selectFirst("img") != null) {
                text = LOGO_EDGES.matcher(BylineText.visibleText(e)).replaceAll(""); // a byline box holding only a logo
            }
            boolean initials = isMarked && agencyInitials(e, text);
            if (text.length() < 3 && !initials || text.length() >= (isMarked ? 100 : 140) || insideChrome(e, chrome)
                    || PICTURE_CREDIT.matcher(text).find()
                    || isMarked && BylineText.datedWithoutName(text)) {
                continue;
            }
            if (isMarked && CreditBoxes.notByline(e)) {
                continue;
            }
            if (isMarked) {
                if (marked == null || !e.parents().contains(marked)) {
                    // a short byline box holding marked parts ("firma-autor", "firma-agencia") is read whole
                    marked = e;
                }
            } else if (maybeSource && SOURCE_LINE.matcher(text).find() && !inPicture(e, hints)) {
                sourceLine = e;
            } else if (maybeByLine && BY_LINE.matcher(e.ownText().strip()).matches()) {
                byLine = e;
            }
        }
        if (marked == null) {
            return sourceLine != null ? sourceLine : byLine;
        }
        // "Updated 5 PM | Source: PTI" above the text says more than a bare "PTI" or an outlet name marked as author
        boolean sourceSaysMore = sourceLine != null && (sourceLine.text().contains(marked.text().trim())
                || personNames(List.of(marked.text()), Set.of()).isEmpty());
        return sourceSaysMore ? sourceLine : marked;
    }

    /** How many levels above a source line a picture box is looked for. */
    private static final int PICTURE_LEVELS = 3;

    /**
     * A source line inside a picture's box (a figure, a caption or credit element, or a small box holding an image):
     * "Source: Reuters" under the lead picture names where the picture came from, not the story.
     */
    private static boolean inPicture(Element e, HintCache hints) {
        Element at = e;
        for (int level = 0; at != null && level <= PICTURE_LEVELS; level++, at = at.parent()) {
            String tag = at.normalName();
            if (tag.equals("figure") || tag.equals("figcaption") || tag.equals("picture")
                    || hints.of(at).has(HintCache.CAPTION)
                    || level > 0 && at.text().length() < LONG_TEXT && !at.getElementsByTag("img").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The author links ({@code rel=author}) worth reading: with a byline element, only those in its block (up to
     * three levels above it: co-author lists), since author links elsewhere belong to teasers for other stories;
     * without one, all (an author box in a side column is often the only credit).
     */
    static List<Element> authorLinks(List<Element> anchors, Element byline) {
        Element region = byline;
        for (int i = 0; region != null && i < BYLINE_BLOCK_LEVELS && region.parent() != null
                && !region.parent().normalName().equals("body"); i++) {
            region = region.parent();
        }
        List<Element> out = new ArrayList<>();
        for (Element a : anchors) {
            if (region == null || a == region || a.parents().contains(region)) {
                out.add(a);
            }
        }
        return out;
    }

    /** {@code s.strip().length()} without the copy ({@code strip} drops chars {@link Character#isWhitespace}). */
    private static int strippedLength(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    private static boolean isBylineMarked(Element e, HintCache hints) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if ("author".equalsIgnoreCase(e.attr("rel")) || e.attr("itemprop").toLowerCase(Locale.ROOT).contains("author")) {
            return true;
        }
        return hints.of(e).has(HintCache.BYLINE);
    }

    /** Whether a prepared class-and-id string marks a byline (tested once per distinct string by {@link HintCache}). */
    static boolean isBylineHint(Keywords.Prepared prepared) {
        return BYLINE_HINT.in(prepared) && !NOT_BYLINE.in(prepared);
    }

    /** Whether the element is hidden or sits in page chrome ({@link ChromeAncestors}). */
    private static boolean insideChrome(Element e, ChromeAncestors chrome) {
        return Hints.isHidden(e) || chrome.above(e);
    }

    /** Whether a meta author is a placeholder for no author ("anonymous", "admin", "unknown"). */
    static boolean isPlaceholder(String author) {
        return PLACEHOLDER.matcher(author.trim()).matches();
    }

    /** Person names from byline strings, in order, without duplicates or outlet names. */
    static List<String> personNames(List<String> bylines, Set<String> outletKeys) {
        Map<String, String> out = new LinkedHashMap<>(); // "JANE DOE" repeats "Jane Doe": keep the first
        for (String byline : bylines) {
            if (byline == null) {
                continue;
            }
            for (String name : splitNames(BylineText.datesAsSeparators(BylineText.withoutTail(byline)), outletKeys)) {
                out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static final Pattern UPDATE_TAIL = Pattern.compile("\\s*[-–—|]\\s*(Updated|Published|Aktualisiert).*$");
    /** Punctuation and spaces at either end of a name ("(Jane Roe)", "AFP logo."). */
    static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s]+$");

    /** Person names in one byline string as it stands (no date tail removed). */
    static List<String> splitNames(String byline, Set<String> outletKeys) {
        List<String> out = new ArrayList<>();
        String s = LABEL_BEFORE_BY.matcher(Whitespace.collapse(byline).trim()).replaceFirst("");
        s = BY_PREFIX.matcher(s).replaceFirst("");
        s = UPDATE_TAIL.matcher(s).replaceAll("");
        for (String part : SPLIT.split(s)) {
            String name = EDGE_PUNCTUATION.matcher(BY_PREFIX.matcher(part.trim()).replaceFirst("")).replaceAll("");
            if (looksLikePerson(name, outletKeys)) {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean looksLikePerson(String name, Set<String> outletKeys) {
        if (name.length() < 3 || name.length() > 60 || NOT_A_NAME.matcher(name).find()) {
            return false;
        }
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 5 || ORGANISATION.matcher(name).find()
                || outletKeys.contains(TitleCleaner.key(name))) {
            return false; // a single word is an agency, a handle or a fragment more often than a person
        }
        for (String w : words) {
            if (NOT_PERSON_WORD.matcher(w).matches()) {
                return false;
            }
            String bare = w.startsWith("(") && w.length() > 1 ? w.substring(1) : w; // "Richard (R.J.) Eskow"
            if (!Character.isUpperCase(bare.charAt(0)) && !PARTICLE.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }
}
