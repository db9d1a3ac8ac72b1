package io.wiretrace.extract;

import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans the text of a byline element: pages glue the date, a Twitter handle, share buttons or a comment count to
 * the names ("By Jane Doe @janedoe | March 3, 2021, 4:10 PM", "Jane Doe 2 hours ago SHARE TWEET"). The tail is cut
 * only after a lead that names someone ("By …" or a person's name), and never when it holds a source label
 * ("Source: …"), so that credit lines keep what they credit. Stateless.
 */
final class BylineText {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY_FIRST_MONTH = "(?:january|february|march|april|may|june|july|august|september|"
            + "october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janvier|f[ée]vrier|mars|"
            + "avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|januar|februar|m[äa]rz|juni|"
            + "juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
            + "noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro)"
            + "\\b\\.?";
    /** Where a date, a time, a relative age or an update label starts. */
    private static final Pattern DATE_START = Pattern.compile("(?iu)(?:\\b(?:monday|tuesday|wednesday|thursday|"
            + "friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\\b,?\\s+(?=" + MONTH + "\\s+\\d|\\d)"
            + "|\\b" + MONTH + "\\s+\\d{1,2}\\b"
            + "|\\b\\d{1,2}\\.?\\s+(?:de\\s+)?" + DAY_FIRST_MONTH
            + "|\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b"
            + "|\\b\\d{1,2}:\\d{2}\\b(?:\\s*[ap]\\.?m\\b\\.?)?(?-i:\\s+(?:[A-Z]{1,4}T|UTC|GMT)\\b)?"
            + "|\\b\\d+\\s*(?:h|hrs?|hours?|mins?|minutes?|days?|weeks?|months?)\\b(?:\\s+ago)?"
            + "|\\b(?:last\\s+)?(?:updated|published|posted(?:\\s+on)?|aktualisiert|ver[öo]ffentlicht|publi[ée]|"
            + "mis\\s+[àa]\\s+jour|actualizado|publicado)\\b)");
    /** What may dangle at the end once the date is cut: separators, "on", "le", handles, share buttons. */
    private static final Pattern DANGLING = Pattern.compile("(?iu)(?:[\\s\\p{Pd}|•·,:;@]+|\\s+@\\w+|@\\w+"
            + "|\\s+(?:on|at|le|el|am|il|em|the|share|tweet|email|e-mail|facebook|twitter|linkedin|whatsapp)"
            + "|\\s*\\(\\s*)$");
    private static final Pattern SOURCE_LABEL = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(?:" + SourceLabels.ANY + ")\\s*[:：]");
    private static final Pattern BY_WORD = Pattern.compile(
            "(?u)(?:^|\\s)(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa]f|[Pp]rzez|[Aa]utor(?:a)?:?)\\s+\\p{Lu}");
    private static final Pattern BY_LEAD = Pattern.compile(
            "(?iu)^(?:.{0,40}\\s)?(?:written\\s+)?(?:by|von|par|por|door|af|przez|autor(?:a)?:?|author:?)[\\s:]");

    private BylineText() {
    }

    /**
     * The element's text as a reader sees it: like Jsoup's {@code text()}, but two words in separate elements with
     * nothing between them ("&lt;span&gt;Jane Roe&lt;/span&gt;&lt;span&gt;AFP correspondent&lt;/span&gt;", laid out apart
     * by the style sheet) stay two words, not "Jane RoeAFP correspondent".
     */
    static String visibleText(Element element) {
        StringBuilder out = new StringBuilder();
        boolean[] boundary = {false};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    if (boundary[0] && !text.isEmpty() && out.length() > 0
                            && Character.isLetterOrDigit(out.charAt(out.length() - 1))
                            && Character.isLetterOrDigit(text.charAt(0))) {
                        out.append(' ');
                    }
                    out.append(text);
                    boundary[0] = false;
                } else if (depth > 0) {
                    boundary[0] = true;
                    spaceForBlock(node, out);
                    String logo = node instanceof Element img && img.normalName().equals("img")
                            ? logoName(img, element) : null;
                    if (logo != null) {
                        out.append(" | ").append(logo).append(" | ");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (depth > 0 && node instanceof Element) {
                    boundary[0] = true;
                    spaceForBlock(node, out);
                }
            }
        }, element);
        // a no-break space separates as a space does, as in Jsoup's text()
        return EDGE_BARS.matcher(Whitespace.collapse(out.toString().replace('\u00a0', ' ')).trim()).replaceAll("");
    }

    private static final Pattern EDGE_BARS = Pattern.compile("^(?:\\|\\s*)+|(?:\\s*\\|)+$");
    private static final Pattern LOGO_WORD = Pattern.compile("(?iu)(?<!\\p{L})logo(?:s|tipo|type)?(?!\\p{L})");
    private static final Pattern NOT_A_LOGO = Pattern.compile("(?iu)(?<!\\p{L})(?:photo\\p{L}*|foto\\p{L}*|image|bild|"
            + "picture|avatar|headshot|portrait|author|autor|auteur|profile|icon|\\d)");
    private static final int MAX_LOGO = 40;

    /**
     * The name a logo in a byline shows ({@code <img src="/logos/reuters.png" alt="Reuters">}, alt "AFP logo"): its alt
     * text without the word "logo", when the image says it is a logo (alt, file name or class), the text is short and
     * not a picture's description, an avatar or a name the byline already writes; else null.
     */
    static String logoName(Element img, Element byline) {
        String rawAlt = img.attr("alt");
        // a logo says so in its alt text, file name or class: other images in bylines are avatars and icons
        if (!LOGO_WORD.matcher(rawAlt).find() && !LOGO_WORD.matcher(img.attr("src")).find()
                && !LOGO_WORD.matcher(img.className()).find()) {
            return null;
        }
        String alt = Whitespace.collapse(LOGO_WORD.matcher(rawAlt).replaceAll(" ")).strip();
        alt = BylineReader.EDGE_PUNCTUATION.matcher(alt).replaceAll("");
        if (alt.length() < 2 || alt.length() > MAX_LOGO || alt.split(" ").length > 4 || NOT_A_LOGO.matcher(alt).find()
                || byline.text().toLowerCase(java.util.Locale.ROOT).contains(alt.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return alt;
    }

    private static void spaceForBlock(Node node, StringBuilder out) {
        if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
            out.append(' ');
        }
    }

    /** The byline without a glued date tail, handle or share buttons; the text itself when nothing is cut. */
    static String withoutTail(String byline) {
        if (byline == null) {
            return null;
        }
        String s = Whitespace.collapse(byline).trim();
        Matcher m = DATE_START.matcher(s);
        if (!m.find() || m.start() == 0 || tailCredits(s.substring(m.start()))) {
            return stripDangling(s);
        }
        String lead = stripDangling(s.substring(0, m.start()));
        return namesSomeone(lead) ? lead : stripDangling(s);
    }

    /**
     * Whether the text holds a date but names no one around it ("1 mars 2019 à 15:20", "Reader poll 2020. 06. 04.
     * Share"): such an element is a dateline or a toolbar, not a byline.
     */
    static boolean datedWithoutName(String text) {
        String s = Whitespace.collapse(text).trim();
        Matcher m = DATE_START.matcher(s);
        if (!m.find()) {
            return false;
        }
        String lead = stripDangling(s.substring(0, m.start()));
        return (lead.isEmpty() || !namesSomeone(lead)) && !tailCredits(s.substring(m.start()));
    }

    /** "By …", a person's name, or a short run of capitalised words ("AFP", "Our Foreign Staff"). */
    private static boolean namesSomeone(String lead) {
        if (lead.isEmpty()) {
            return false;
        }
        if (BY_LEAD.matcher(lead + " ").find() || !BylineReader.splitNames(lead, Set.of()).isEmpty()) {
            return true;
        }
        String[] words = lead.split(" ");
        return words.length <= 6 && Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }

    /** Whether what follows the date still credits someone: a source label, a "By …" or a person's name. */
    private static boolean tailCredits(String tail) {
        if (SOURCE_LABEL.matcher(tail).find() || BY_WORD.matcher(tail).find()) {
            return true;
        }
        return !BylineReader.splitNames(datesAsSeparators(tail), Set.of()).isEmpty();
    }

    private static final Pattern NUMBER_OR_BULLET = Pattern.compile("\\d[\\d:.,/]*|[@•·]");

    /** The text with dates, times and numbers replaced by commas, so that names around them split apart. */
    static String datesAsSeparators(String text) {
        return NUMBER_OR_BULLET.matcher(DATE_START.matcher(text).replaceAll(" , ")).replaceAll(" , ");
    }

    private static String stripDangling(String s) {
        String out = s;
        for (String prev = null; !out.equals(prev);) {
            prev = out;
            out = DANGLING.matcher(out).replaceFirst("").trim();
        }
        return out;
    }
}
