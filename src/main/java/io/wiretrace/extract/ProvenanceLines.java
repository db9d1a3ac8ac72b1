package io.wiretrace.extract;

import org.jsoup.nodes.Element;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Short lines that belong to an article although they look like boilerplate: agency sign-offs ("— AFP",
 * "(dpa)", "Quelle: dpa"), source and republication notices, notices of who supplied the text ("Brought to you by Reuters", "Article from: Agence France-Presse") and stand-alone
 * datelines. Body extraction keeps
 * them when they sit next to the article text. Stateless.
 */
final class ProvenanceLines {

    private static final int MAX_LENGTH = 320;
    /**
     * Republication notices in French, German, Spanish, Portuguese and Italian ("publié à l'origine sur", "ursprünglich
     * veröffentlicht", "reproducido con permiso", "ripubblicato con il permesso"), and republishing with permission.
     */
    private static final String NOTICES = "(?:re)?publiée? (?:à l['’]origine|initialement|originellement|d['’]abord|"
            + "pour la première fois)|parue? (?:initialement|à l['’]origine|d['’]abord)|(?:republiée?|reproduite?) avec|"
            + "(?:ursprünglich|erstmals|zuerst) (?:erschienen|veröffentlicht)|erschien (?:ursprünglich|erstmals|im original)|"
            + "(?:nachdruck|wiederveröffentlich(?:ung|t)|übernommen) mit (?:freundlicher )?genehmigung|publicad[oa] (?:originariamente|inicialmente|por primera vez|pela "
            + "primeira vez)|apareci(?:ó|o|eu) (?:originalmente|inicialmente|por primera vez|pela primeira vez)|"
            + "(?:republicad[oa]|reproducid[oa]|reproduzid[oa]) (?:con|com)|(?:pubblicat[oa]|appars[oa]) "
            + "(?:originariamente|inizialmente|originalmente|per la prima volta)|(?:ripubblicat[oa]|riprodott[oa]) "
            + "(?:con|su|per)|(?:reprinted|reproduced|used) with permission";
    private static final Pattern LINE = Pattern.compile("(?iu)^(?:"
            + "[-—–]+\\s*\\p{L}[\\p{L}\\p{N} .,/&'+-]{0,40}"
            + "|\\(\\s*\\p{L}[\\p{L}\\p{N} .,/&'+:-]{0,50}\\)\\s*\\.?"
            + "|(?:quelle|quellen|source|sources|fuente|fuentes|fonte|fontes|źródło|zdroj|forrás|kilde|källa|bron|"
            // the same label in Turkish, Finnish, Greek, Romanian, Russian, Ukrainian and Indonesian ("Kaynak: AA")
            + "kaynak|haber kaynağı|lähde|πηγή|sursa|источник|джерело|sumber|"
            + "original(?:ly)?\\s+(?:source|published|posted)|with\\s+(?:reporting|inputs?)\\s+(?:from|by)|"
            + "additional reporting|mit material|con informaci[oó]n de)\\b.{0,200}"
            + "|[(\\[]?\\s*(?:brought to you by|article from\\s*:|(?:this )?(?:news )?(?:article|story|content|report) "
            + "(?:is |was )?(?:provided|supplied|distributed) by)\\s.{0,120}"
            + "|(?:agencias?|agenturen|agences?|dpa|afp|ap|reuters|efe|ansa|apa|kna|epd|pti|ians)\\b.{0,40}"
            + "|\\p{Lu}[\\p{Lu} .,'/-]{1,40}(?:\\s*\\([^)]{1,40}\\))?\\s*[-—–:]"
            + ")$");
    /** The rest of the line shapes: a notice anywhere in the line, tried only when {@link #NOTICE_PARTS} allow. */
    private static final Pattern NOTICE = Pattern.compile("(?iu)^(?:"
            + ".{0,250}\\b(?:republished|re-published|syndicated feed|originally (?:appeared|published|ran)|"
            + "is published from|first (?:appeared|published)|erschien zuerst|zuerst erschienen|"
            + "publicado originalmente|publié initialement|publicada originalmente|" + NOTICES + ")\\b.{0,250}"
            + ")$");
    /**
     * A literal run of every alternative of {@link #NOTICE}'s words: a line holding none of them (compared as the
     * pattern compares case-insensitively) holds no notice, and the pattern, slow over a whole line, is skipped.
     */
    private static final List<String> NOTICE_PARTS = List.of("publi", "syndicated", "originally", "first", "erschien",
            "veröffentlicht", "paru", "avec", "genehmigung", "aparec", "reprodu", "pubblicat", "appars", "riprodott",
            "permission");

    private ProvenanceLines() {
    }

    /**
     * {@link #matches(String)} of the element's text, without building the text of an element that holds more
     * letters and digits than a line can hold (each letter and digit of its text nodes is in its text).
     */
    static boolean matches(Element e) {
        return !SolidText.moreThan(e, MAX_LENGTH) && matches(e.text());
    }

    static boolean matches(String text) {
        if (text == null) {
            return false;
        }
        String t = text.replace('\u00a0', ' ').trim();
        return !t.isEmpty() && t.length() <= MAX_LENGTH && (LINE.matcher(t).matches() || notice(t));
    }

    private static boolean notice(String t) {
        StringBuilder folded = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            folded.append((char) Character.toLowerCase(Character.toUpperCase((int) t.charAt(i))));
        }
        String f = folded.toString();
        return NOTICE_PARTS.stream().anyMatch(f::contains) && NOTICE.matcher(t).matches();
    }
}
