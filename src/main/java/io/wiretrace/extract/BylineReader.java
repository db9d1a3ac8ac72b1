package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the byline element (rel=author, itemprop=author, byline/author classes) and turns byline strings into
 * person names: without "By", split on commas and "and", without outlet or agency names. Stateless.
 */
final class BylineReader {

    private static final Keywords BYLINE_HINT = Keywords.of("byline", "by-line", " author", "writtenby", "p-author",
            "autor", "auteur", " credit ");
    /** A short header line naming the source ("Updated 5 PM | Source: PTI"). */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?iu)(?:^|[|•·,]\\s*)(?:source|sources|quelle|fuente|fonte|źródło|zdroj|forrás|kilde)\\s*:\\s*\\S");
    private static final Keywords NOT_BYLINE = Keywords.of("bio", "about", "avatar", "image", "photo", "img",
            "comment", "more");
    private static final Pattern BY_PREFIX = Pattern.compile(
            "(?iu)^(written\\s+)?(by|von|par|por|di|door|af|de|przez|autor(?:a)?:?|author:?|text:?)\\s+");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[,;&|]|\\s(?:[Aa]nd|AND|und|et|y|e)\\s)\\s*");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?iu)\\b(news|press|presse|agency|agencia|agence|agentur|staff|editor(s|ial)?|redaktion|redacci[oó]n|"
                    + "r[eé]daction|desk|team|media|times|post|tribune|herald|journal|magazine?|online|"
                    + "reuters|afp|dpa|ap|apa|efe|ansa|pti|ians|kna|epd|sid|upi|bloomberg|contributors?|wire|"
                    + "daily|newsroom|inc|ltd|gmbh)\\b");
    private static final Pattern NOT_A_NAME = Pattern.compile("[\\d@/:]|https?:|\\.com\\b|\\.\\w{2,3}$");
    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?iu)^(bild|foto|photo|image|picture|grafik|©)");
    private static final Pattern NOT_PERSON_WORD = Pattern.compile("(?iu)^(no|unknown|anonym\\w*|an[oó]nimo|admin|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|"
            + "samstag|sonntag|january|february|march|april|june|july|august|september|october|november|december|"
            + "updated|published|author|autor|redaktion|quelle|source)$");
    private static final Pattern PARTICLE = Pattern.compile("(?u)^(de|da|del|della|di|do|dos|das|du|la|le|van|von|"
            + "der|den|ter|ten|bin|ibn|al|el|y|e|zu|af)$");
    private static final int LONG_TEXT = 200;

    private BylineReader() {
    }

    /**
     * The first short visible element marked as a byline, else the first short line naming a source (such lines
     * stand under the headline where a byline would), or null.
     */
    static Element findElement(Document doc, HintCache hints) {
        Element sourceLine = null;
        Element marked = null;
        boolean articleStarted = false; // source lines count only above the text, where a byline would stand
        for (Element e : doc.body().getAllElements()) {
            boolean isMarked = marked == null && isBylineMarked(e, hints);
            int ownLength = 0;
            boolean colon = false;
            for (int i = 0; i < e.childNodeSize(); i++) {
                if (e.childNode(i) instanceof TextNode t) {
                    String raw = t.getWholeText(); // no copy: cheaper than ownText() on every element
                    ownLength += raw.isBlank() ? 0 : raw.strip().length();
                    colon |= raw.indexOf(':') >= 0;
                }
            }
            articleStarted |= ownLength >= LONG_TEXT;
            boolean maybeSource = sourceLine == null && !articleStarted && colon;
            if (!isMarked && !maybeSource) {
                if (marked != null && (sourceLine != null || articleStarted)) {
                    break;
                }
                continue;
            }
            String text = e.text().trim();
            if (text.length() < 3 || text.length() >= (isMarked ? 100 : 140) || insideChrome(e)
                    || PICTURE_CREDIT.matcher(text).find()) {
                continue;
            }
            if (isMarked) {
                marked = e;
            } else if (SOURCE_LINE.matcher(text).find()) {
                sourceLine = e;
            }
        }
        if (marked == null) {
            return sourceLine;
        }
        // "Updated 5 PM | Source: PTI" above the text says more than a bare "PTI" or an outlet name marked as author
        boolean sourceSaysMore = sourceLine != null && (sourceLine.text().contains(marked.text().trim())
                || personNames(List.of(marked.text()), Set.of()).isEmpty());
        return sourceSaysMore ? sourceLine : marked;
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

    private static boolean insideChrome(Element e) {
        if (Hints.isHidden(e)) {
            return true;
        }
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("footer") || tag.equals("nav") || tag.equals("aside") || tag.equals("figure")
                    || Hints.isHidden(p)) {
                return true;
            }
            String hint = p.className() + " " + p.id();
            if (hint.contains("comment") || hint.contains("related") || hint.contains("sidebar")) {
                return true;
            }
        }
        return false;
    }

    /** Person names from byline strings, in order, without duplicates or outlet names. */
    static List<String> personNames(List<String> bylines, Set<String> outletKeys) {
        Set<String> out = new LinkedHashSet<>();
        for (String byline : bylines) {
            if (byline == null) {
                continue;
            }
            String s = byline.replaceAll("\\s+", " ").trim();
            s = BY_PREFIX.matcher(s).replaceFirst("");
            s = s.replaceAll("\\s*[-–—|]\\s*(Updated|Published|Aktualisiert).*$", "");
            for (String part : SPLIT.split(s)) {
                String name = BY_PREFIX.matcher(part.trim()).replaceFirst("").replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
                if (looksLikePerson(name, outletKeys)) {
                    out.add(name);
                }
            }
        }
        return new ArrayList<>(out);
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
            if (!Character.isUpperCase(w.charAt(0)) && !PARTICLE.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }
}
