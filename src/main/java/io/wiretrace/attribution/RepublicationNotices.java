package io.wiretrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The phrasings of republication notices that {@link RepublicationRule} reads, language by language, each with the
 * words it cannot match without. Immutable.
 */
final class RepublicationNotices {

    private RepublicationNotices() {
    }

    // "the report" or "a review" first published somewhere is a document the story cites; only "this" one is the page
    private static final String THIS_EN = "(?:(?:(?:this|the|a) (?:article|story|post|piece|essay|column|content|text|item|"
            + "blog post|op-ed|commentary|feature|version of this (?:story|article))|this (?:report|interview|analysis|"
            + "review|guide)) )";
    private static final String WHO = "(?<who>[^\\n]{1,120})";

    /**
     * A notice pattern, the words it cannot match without (a cheap pre-filter on lower-cased lines) and whether it is
     * read only among the story's last lines.
     */
    record Notice(Pattern pattern, List<String> words, boolean closing) {
    }

    private static final List<String> EN = List.of("original", "first", "previous", "republi", "reprint", "reproduc",
            "repost", "permission", "syndicated", "adapted", "excerpted", "cross-posted", "crossposted");
    private static final List<String> FR = List.of("publié", "paru", "republié", "reprodu", "repris", "autorisation");
    private static final List<String> ES_PT = List.of("publicad", "publicó", "republicad", "reproducid", "apareci",
            "apareceu", "reproduzid");
    private static final List<String> DE = List.of("zuerst", "zunächst", "ursprünglich", "erstmals", "erstveröffentlichung",
            "nachdruck", "original", "genehmigung");
    private static final List<String> OTHER = List.of("pubblicat", "verscheen", "eerder", "eerst", "oorspronkelijk",
            "først", "oprindeligt", "ukazał", "opublikowany", "originariamente", "inizialmente", "originalmente",
            "prima volta", "vyšel", "publikován", "ripubblicat", "riprodott", "permesso", "concessione");

    private static final List<String> FEED_FOOTER = List.of("the post ");
    /** Turkish: "ilk olarak" (first), "yeniden" (again). */
    private static final List<String> TR = List.of("ilk ", "yeniden");
    /** "publicado originalmente en inglés en X": the language it first ran in, before the publication. */
    private static final String IN_LANGUAGE_ES = "(?:(?:inglés|francés|alemán|portugués|italiano|catalán) en\\s+)?";

    private static final List<Pattern> PATTERNS = List.of(
            // English
            p(THIS_EN + "?(?:was |is |has been |had been )?(?:originally|first|previously) (?:published|appeared|ran|posted|"
                    + "printed|featured) (?:on|at|in|by|with)\\s+(?:page \\w{1,4} of\\s+)?" + WHO),
            p(THIS_EN + "(?:was |has been )?(?:published|appeared|ran) (?:originally|first) (?:on|at|in|by)\\s+" + WHO),
            // "The original version of this article appeared on X"
            p("(?:the |an )?original (?:version of this (?:article|story|post|piece)|(?:article|story|post)) "
                    + "(?:appeared|was published|ran) (?:on|at|in)\\s+" + WHO),
            p(THIS_EN + "?(?:is |was |has been )?(?:republished|reproduced|reposted|reprinted|syndicated|adapted|excerpted|"
                    + "cross-?posted) (?:here )?(?:with (?:the )?(?:kind )?permission )?(?:from|of)\\s+" + WHO),
            p(THIS_EN + "?(?:is |was |has been )?(?:republished|reproduced|reprinted|reposted|published|used) (?:here )?"
                    + "with (?:the )?(?:kind )?permission "
                    + "(?:of|from)\\s+" + WHO),
            p("(?:read|see|view) the original (?:article|story|post|version) (?:on|at|in|from)\\s+" + WHO),
            // "This story was produced by X and is republished with permission": the producer is the original publisher
            p(THIS_EN + "(?:was |is |has been )?(?:produced|reported|written|published) by\\s+(?=[^\\n]{1,120}?\\band "
                    + "(?:is |was |has been )?(?:re-?published|reprinted|republished|distributed|shared) )" + WHO),
            // French
            p("(?:cet |l')?(?:article|texte|entretien|billet|tribune|reportage) (?:a été |est )?(?:initialement |"
                    + "originellement |d'abord |précédemment )?(?:publiée?|parue?|republiée?|repris) (?:initialement |"
                    + "originellement |d'abord |à l'origine )?(?:sur|dans|par|chez|à partir de|depuis)\\s+" + WHO),
            p("(?:publiée?|parue?) (?:initialement|originellement|à l['’]origine|d['’]abord|pour la première fois) "
                    + "(?:sur|dans|par|chez)\\s+" + WHO),
            p("(?:reproduite?|republiée?|publiée?) avec (?:(?:l['’]|la )?(?:aimable |gracieuse )?)?(?:autorisation|"
                    + "permission) (?:de|du|d['’])\\s*" + WHO),
            // Spanish
            p("(?:este |el )?(?:artículo|texto|reportaje|contenido|post) (?:fue |ha sido |se )?(?:publicado|publicó|"
                    + "republicado) (?:originalmente|originariamente|inicialmente|por primera vez) (?:en|por)\\s+" + IN_LANGUAGE_ES
                    + WHO),
            p("(?:este |el )?(?:artículo|texto|reportaje|contenido) (?:fue |ha sido |es )?republicado (?:de|desde)\\s+" + WHO),
            p("(?:publicado|publicada) (?:originalmente|originariamente|inicialmente|por primera vez) (?:en|por)\\s+"
                    + IN_LANGUAGE_ES + WHO),
            p("(?:este |el )?(?:artículo|texto|reportaje|contenido)? ?apareció (?:originalmente|originariamente|"
                    + "inicialmente|por primera vez) en\\s+" + WHO),
            // Spanish and Portuguese: "Reproducido con permiso de X", "Republicado com permissão de X"
            p("(?:reproducid[oa]|publicad[oa]|republicad[oa]|reproduzid[oa]) (?:con|com) (?:el |la |a )?(?:permiso|"
                    + "autorización|permissão|autorização) (?:de|del|d[oa])\\s+" + WHO),
            // Portuguese
            p("(?:este |o )?(?:artigo|texto|conteúdo|post) (?:foi |é )?(?:originalmente )?(?:publicado|republicado) "
                    + "(?:originalmente )?(?:em|no|na|pelo|pela|por|a partir d[oa]|d[oa])\\s+" + WHO),
            p("(?:publicad[oa]) (?:originalmente|pela primeira vez) (?:em|no|na|pelo|pela|por)\\s+" + WHO),
            p("(?:este |o )?(?:artigo|texto|conteúdo)? ?apareceu (?:originalmente|inicialmente|pela primeira vez) "
                    + "(?:em|no|na)\\s+" + WHO),
            // German
            // a text "zunächst im Ausschuss" was discussed there: the sentence must say it appeared or was published
            p("(?=[^\\n]{0,160}?(?:erschien|veröffentlicht|publiziert))"
                    + "(?:dieser |der )?(?:artikel|beitrag|text) (?:ist |wurde )?(?:erschien |erschienen |ist )?(?:zuerst|"
                    + "zunächst|ursprünglich|erstmals) (?:erschienen |veröffentlicht )?(?:bei|in|im|auf|unter)\\s+" + WHO),
            p("(?:zuerst|ursprünglich|erstmals) (?:erschienen|veröffentlicht) (?:bei|in|im|auf|von)\\s+" + WHO),
            p("erstveröffentlichung (?:bei|in|im|auf)\\s+" + WHO),
            // "Nachdruck mit freundlicher Genehmigung von X", "Wiederveröffentlichung mit Genehmigung der X"; a bare "(Ver-
            // öffentlichung) mit freundlicher Genehmigung von X" as often thanks for a picture or a teaser's series
            p("(?:nachdruck|abdruck|wiederveröffentlichung|wiederveröffentlicht|nachgedruckt|übernommen) mit "
                    + "(?:freundlicher )?genehmigung (?:von|der|des)\\s+" + WHO),
            // "Dieser Artikel erschien im Original auf X", "im Original ist er in der Tageszeitung X erschienen"
            p("(?=[^\\n]{0,160}?(?:erschien|veröffentlicht|publiziert))(?:(?:dieser |der |die |das )?(?:artikel|beitrag|"
                    + "text|interview|essay|reportage) (?:ist (?:eine übersetzung(?: aus dem \\p{L}+)?[,;]? )?|wurde |"
                    + "erschien |erschienen )?)?im original (?:ist (?:er|sie|es) |erschien |erschienen |veröffentlicht )?"
                    + "(?:bei|in|im|auf)\\s+" + WHO),
            // "Das Original erschien in X", "Der Originaltext ist bei X erschienen"
            p("(?=[^\\n]{0,160}?(?:erschien|veröffentlicht))(?:das original|der original(?:text|artikel|beitrag)) "
                    + "(?:dieses (?:artikels|textes|beitrags) )?(?:ist |wurde )?(?:erschien |erschienen |veröffentlicht )?"
                    + "(?:bei|in|im|auf)\\s+" + WHO),
            // Italian
            p("(?:questo |l')?(?:articolo|testo|pezzo) (?:è stato |è )?(?:originariamente |inizialmente |originalmente )?"
                    + "(?:pubblicat[oa]|appars[oa]|uscit[oa]) (?:originariamente |inizialmente |originalmente |per la prima volta )?(?:su|da|in|sul|"
                    + "sulla|nel)\\s+" + WHO),
            // Dutch, Danish, Polish
            p("(?=[^\\n]{0,160}?(?:verscheen|verschenen|gepubliceerd))"
                    + "(?:dit |het )?(?:artikel|stuk|verhaal) (?:verscheen|is) (?:eerder|eerst|oorspronkelijk) (?:verschenen |"
                    + "gepubliceerd )?(?:op|in|bij|door)\\s+" + WHO),
            p("(?:artiklen|denne artikel) (?:blev|er) (?:først|oprindeligt) (?:bragt|offentliggjort|publiceret) "
                    + "(?:i|på|hos|af)\\s+" + WHO),
            p("(?:ten )?(?:artykuł|tekst) (?:ukazał się|został (?:pierwotnie |oryginalnie |po raz pierwszy )?opublikowany) "
                    + "(?:pierwotnie |oryginalnie )?(?:w|na|przez)\\s+" + WHO),
            // bare Italian and Dutch credit lines, Czech
            p("(?:(?:pubblicat[oa]|appars[oa]) (?:originariamente|inizialmente|originalmente|per la prima volta) (?:su|da|in|"
                    + "sul|sulla|nel)\\s+|(?:ripubblicat[oa]|riprodott[oa]|pubblicat[oa]) (?:con il permesso|su "
                    + "(?:gentile )?(?:concessione|autorizzazione)|per gentile concessione) (?:di|del|della|dell['’])\\s*)"
                    + WHO),
            p("(?:oorspronkelijk|eerder|eerst) (?:gepubliceerd|verschenen) (?:op|in|bij|door)\\s+" + WHO),
            p("(?:tento )?(?:článek|text) (?:původně |poprvé )?(?:vyšel|byl (?:původně |poprvé )?publikován) (?:původně |"
                    + "poprvé )?(?:na|v|ve) (?:serveru |webu |deníku |časopise )?" + WHO),
            // French with the adverb before the participle: "Cet article a d'abord été publié dans X"
            p("(?:cet |ce |l['’])?(?:article|texte|entretien|billet|tribune|reportage) a (?:d['’]abord|initialement|"
                    + "originellement|précédemment) été (?:publiée?|parue?) (?:sur|dans|par|chez)\\s+" + WHO),
            // Turkish, the publication in its locative or ablative case: "Bu haber ilk olarak Valmere Times'ta
            // yayımlandı", "Bu makale, Creative Commons lisansı altında The Conversation'dan yeniden yayımlanmıştır"
            p("bu (?:haber|makale|yazı|içerik|metin),? ilk (?:olarak|kez|defa) (?<who>[^\\n'’]{1,80})['’](?:n?[dt][ae]|"
                    + "[ıiuü]n[dt][ae])\\s+(?:yayımlan|yayınlan)"),
            p("bu (?:haber|makale|yazı|içerik|metin),? (?:creative commons lisansı (?:altında|ile) )?(?<who>[^\\n'’]{1,80})"
                    + "['’](?:n?[dt][ae]n|[ıiuü]n[dt][ae]n)\\s+(?:yeniden|izinle) (?:yayımlan|yayınlan)"),
            // the footer a WordPress feed adds to every item, kept by sites that republish feeds: "The post <title>
            // appeared first on X." It closes its line and the story, and names a publisher: "The post office appeared
            // first on the list." is none
            p("the post \\S[^\\n]{0,300}? appeared first on\\s+(?<who>[^\\n,;:]{1,80}?)\\.?\\s*$"));

    /** Patterns in the order of PATTERNS, with the words each needs. */
    static final List<Notice> ALL = notices();

    private static List<Notice> notices() {
        // PATTERNS lists 7 English, 3 French, 5 Spanish, 3 Portuguese, 6 German, then Italian, Dutch, Danish, Polish,
        // bare Italian, bare Dutch, Czech, one more French, two Turkish and the feed footer
        List<List<String>> words = List.of(EN, EN, EN, EN, EN, EN, EN, FR, FR, FR, ES_PT, ES_PT, ES_PT, ES_PT, ES_PT, ES_PT,
                ES_PT, ES_PT, DE, DE, DE, DE, DE, DE, OTHER, OTHER, OTHER, OTHER, OTHER, OTHER, OTHER, FR, TR, TR, FEED_FOOTER);
        if (words.size() != PATTERNS.size()) {
            throw new IllegalStateException("keyword groups out of step with patterns");
        }
        List<Notice> list = new ArrayList<>();
        for (int i = 0; i < PATTERNS.size(); i++) {
            list.add(new Notice(PATTERNS.get(i), words.get(i), words.get(i) == FEED_FOOTER));
        }
        return List.copyOf(list);
    }

    private static Pattern p(String phrase) {
        return Pattern.compile("(?iu)" + phrase);
    }

}
