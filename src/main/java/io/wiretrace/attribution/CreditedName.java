package io.wiretrace.attribution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the credited name out of the words following a credit phrase: "The Atlantic ." from "originally appeared on
 * The Atlantic .", "www.courtneykirchoff.com" from "... at www.courtneykirchoff.com on November 18, 2011.",
 * "The Conversation" from "... from The Conversation under a Creative Commons license". Returns "" when the words do
 * not start with a name (a date, a year, "our print edition").
 */
final class CreditedName {

    private static final Pattern STOP = Pattern.compile(
            "(?iu)\\s+(?:on|under|and|as|in|at|with|for|from|via|which|where|who|that|since|after|before|by|"
                    + "bajo|sous|sob|unter|am|vom|im|el día|le|en|em|no|na|il|su|con|et|y|e|und|without|ohne|sans|senza|zonder|"
                    + "bez|–|—|-)\\s");
    private static final Pattern LEADING = Pattern.compile(
            "(?iu)^(?:(?-i:the )|blog |our partners? (?:at |of )?|partner |the website |the site |the blog |le site (?:de |d')?|"
                    + "le blog |el sitio (?:web )?(?:de )?|el blog |o site (?:d[oa] )?|a página |der website |dem blog |"
                    + "im blog |dem portal |das portal |die website |der |dem |den |la |el |le |les |l'|l’|o |a |il |lo |"
                    // a German description before the name: "der israelischen Tageszeitung Haaretz", "dem US-Magazin The
                    // Atlantic" (not "Diario", "Jornal", "Giornale": in those languages they open names, "Diario de Sevilla")
                    + "(?:\\p{Ll}[\\p{L}-]* )?(?:\\p{L}+-)?(?:tageszeitung|wochenzeitung|zeitung|zeitschrift|magazin|"
                    + "nachrichtenmagazin|onlinemagazin) )");
    private static final Pattern TRAILING = Pattern.compile(
            "(?iu)\\s+(?:forum|blog|website|web site|site|sitio web|site web|homepage|podcast|newsletter|erschienen|"
                    + "veröffentlicht|publiziert|verschenen|gepubliceerd|pubblicato|publicado|publié|paru)$");
    /** "Harbour Daily's print edition", "the Harbour Daily archives": the outlet is the name before these words. */
    private static final Pattern EDITION = Pattern.compile(
            "(?iu)(?:['’]s)?\\s+(?:print |online |weekend |sunday )?(?:edition|archives?|issue)$");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)^(?:\\d|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?\\s*\\d|"
                    + "january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "print|our|this|these|its|his|her|their|issue|edition|paper|book|a |an |enero|janvier|januar|"
                    + "today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|medium$|"
                    // "im Original auf Englisch erschienen", "im Juni erschienen": a language or a month, not a publication
                    + "februar|märz|juni|juli|oktober|dezember|"
                    + "(?:englisch|english|anglais|inglés|inglês|inglese|engels|französisch|french|français|francés|"
                    + "spanisch|spanish|espagnol|español|deutsch|german|allemand|alemán|italienisch|italian|italien|"
                    + "russisch|russian|russe|hebräisch|hebrew|hébreu|arabisch|arabic|arabe|chinesisch|chinese|chinois|"
                    + "japanisch|japanese|japonais|portugiesisch|portuguese|polnisch|polish|niederländisch|dutch|"
                    + "ukrainisch|ukrainian|türkisch|turkish)(?:e[mnrs]?)?$|"
                    // a social network is where a post was, not a publication that can be traced
                    + "(?:facebook|instagram|reddit|tiktok|twitter|x|linkedin|youtube|threads|bluesky|mastodon)$)");
    /** Lower-case words that may stand inside a name ("Voice of San Diego", "Diário de Notícias"). */
    private static final Pattern NAME_CONNECTOR = Pattern.compile(
            "(?iu)of|the|and|&|de|del|della|delle|dei|di|da|do|dos|das|du|des|la|le|les|el|los|las|van|von|der|den|"
                    + "für|y|e|i|och|og|on|am|im|an|sur|na");

    private CreditedName() {
    }

    static String cut(String words) {
        String s = words.strip();
        s = untilSentenceEnd(s);
        Matcher stop = STOP.matcher(s);
        if (stop.find()) {
            s = s.substring(0, stop.start());
        }
        String previous;
        do {
            previous = s;
            s = LEADING.matcher(s).replaceFirst("");
            s = TRAILING.matcher(s).replaceFirst("");
            s = EDITION.matcher(s).replaceFirst("");
            s = Targets.clean(s);
        } while (!s.equals(previous));
        if (s.isEmpty() || NOT_A_NAME.matcher(s).find() || s.split("\\s+").length > 6) {
            return "";
        }
        boolean capitalised = Character.isUpperCase(s.codePointAt(0)) || Character.isDigit(s.codePointAt(0));
        return capitalised || s.contains(".") ? s : "";
    }

    /**
     * True when every word after the first is capitalised, a number, a domain or a name connector: "Harbour Health
     * News", "Voice of San Diego". "Libération a provoqué un tollé" or "The Lancet found a link" go on as prose, so the
     * phrase before them cited a document instead of crediting a publisher.
     */
    static boolean looksLikeName(String name) {
        String[] words = name.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            boolean nameWord = !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))
                    || w.contains(".") || NAME_CONNECTOR.matcher(w).matches());
            if (!nameWord) {
                return false;
            }
        }
        return true;
    }

    /** Up to the first sentence end; dots inside a word ("Time.com") do not end it. */
    private static String untilSentenceEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean dotEnds = c == '.' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)));
            if (dotEnds || c == ',' || c == ';' || c == '!' || c == '?' || c == '(' || c == ':' || c == '\n') {
                return s.substring(0, i);
            }
        }
        return s;
    }
}
