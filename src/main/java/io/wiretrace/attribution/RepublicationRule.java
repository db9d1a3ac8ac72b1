package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Republication notices: "This article is republished from The Conversation under a Creative Commons license",
 * "This story was originally published by X", "originally appeared on X", "Reprinted with permission from X",
 * "first appeared on X", and their French, Spanish, Portuguese, German, Italian, Dutch, Danish, Polish and Czech forms,
 * and a feed's footer "The post &lt;title&gt; appeared first on X." The phrase must open a sentence: "the study,
 * originally published in Nature, found" is a citation, not a notice. Words that say where the page went ("reprinted
 * on Wired.com") are not matched.
 */
final class RepublicationRule implements Rule {

    static final String ID = "republication.notice";
    static final String FOOTER_ID = "footer.originally-published";
    private static final Pattern ORIGINALLY_FOOTER = Pattern.compile("(?i)originally (?:published|posted) (?:at|on) ");

    /** Where a notice may start: the line start, after a sentence end or an opening bracket. */
    private static final Pattern SENTENCE_START = Pattern.compile("(?<=[.!?:)\\]—–])\\s{1,3}(?=\\S)|(?<=[(\\[*])");
    // "the report" or "a review" first published somewhere is a document the story cites; only "this" one is the page
    private static final String THIS_EN = "(?:(?:(?:this|the|a) (?:article|story|post|piece|essay|column|content|text|item|"
            + "blog post|op-ed|commentary|feature|version of this (?:story|article))|this (?:report|interview|analysis|"
            + "review|guide)) )";
    private static final String WHO = "(?<who>[^\\n]{1,120})";

    /**
     * A notice pattern, the words it cannot match without (a cheap pre-filter on lower-cased lines) and whether it is
     * read only among the story's last lines.
     */
    private record Notice(Pattern pattern, List<String> words, boolean closing) {
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
            p("(?:republished|reproduced|reprinted|reposted|published|used) (?:here )?with (?:the )?(?:kind )?permission "
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
                    + "republicado) (?:originalmente|originariamente|inicialmente|por primera vez) (?:en|por)\\s+" + WHO),
            p("(?:este |el )?(?:artículo|texto|reportaje|contenido) (?:fue |ha sido |es )?republicado (?:de|desde)\\s+" + WHO),
            p("(?:publicado|publicada) (?:originalmente|originariamente|inicialmente|por primera vez) (?:en|por)\\s+" + WHO),
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
            // the footer a WordPress feed adds to every item, kept by sites that republish feeds: "The post <title>
            // appeared first on X." It closes its line and the story, and names a publisher: "The post office appeared
            // first on the list." is none
            p("the post \\S[^\\n]{0,300}? appeared first on\\s+(?<who>[^\\n,;:]{1,80}?)\\.?\\s*$"));

    /** Patterns in the order of PATTERNS, with the words each needs. */
    private static final List<Notice> NOTICES = notices();

    private static List<Notice> notices() {
        // PATTERNS lists 7 English, 3 French, 5 Spanish, 3 Portuguese, 6 German, then Italian, Dutch, Danish, Polish,
        // bare Italian, bare Dutch, Czech and the feed footer
        List<List<String>> words = List.of(EN, EN, EN, EN, EN, EN, EN, FR, FR, FR, ES_PT, ES_PT, ES_PT, ES_PT, ES_PT, ES_PT,
                ES_PT, ES_PT, DE, DE, DE, DE, DE, DE, OTHER, OTHER, OTHER, OTHER, OTHER, OTHER, OTHER, FEED_FOOTER);
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

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.blocks()) {
            String lower = block.lower();
            boolean closing = block.index() >= view.blocks().size() - ArticleView.TAIL_LINES * 2;
            Map<List<String>, Boolean> groupsIn = new IdentityHashMap<>(); // several notices share one word group
            List<Integer> starts = null;
            List<String> windows = null;
            for (Notice notice : NOTICES) {
                if (notice.closing() && !closing) {
                    continue;
                }
                if (!groupsIn.computeIfAbsent(notice.words(), words -> anyIn(lower, words))) {
                    continue;
                }
                if (starts == null) {
                    starts = sentenceStarts(block.text());
                    windows = windows(block.text(), starts);
                }
                Matcher m = atSentenceStart(notice, block.text(), starts, windows);
                if (m == null) {
                    continue;
                }
                String name = CreditedName.cut(m.group("who"));
                if (notice.closing() && !name.equals(m.group("who").strip())) {
                    continue; // the footer ends with the publisher's name: "... on Valmere Times and was shared" is prose
                }
                Optional<Target> target = name.isEmpty() ? Optional.empty() : resolve(view, name, m.group("who"));
                if (target.isEmpty()) {
                    continue;
                }
                int start = block.start() + m.start() + leadingSpace(m.group());
                int end = block.start() + m.start("who") + m.group("who").indexOf(name) + name.length();
                if (isCitation(m.group().substring(0, m.start("who") - m.start()))) {
                    continue;
                }
                if (isQuestion(view.body(), end)) {
                    continue; // "Reprinted with permission from X?" asks, it does not state
                }
                boolean edge = block.index() < ArticleView.HEAD_LINES || closing;
                // a bare "Originally published at X" footer is the original_source form
                boolean footer = ORIGINALLY_FOOTER.matcher(view.body()).region(start, end).lookingAt();
                found.add(Findings.inBody(view, start, end, Findings.lineLocation(view, block),
                        footer ? AttributionKind.ORIGINAL_SOURCE : AttributionKind.REPUBLISHED_FROM, target.get(),
                        edge ? 0.9 : 0.75, footer ? FOOTER_ID : ID,
                        "A republication notice says the text first appeared at " + target.get().name() + "."));
                break;
            }
        }
        return found;
    }

    private static List<Integer> sentenceStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher m = SENTENCE_START.matcher(text);
        while (m.find()) {
            starts.add(m.end());
        }
        return starts;
    }

    /**
     * Every notice names one of its words within its first {@value #WINDOW} characters (before the credited name), so
     * a sentence start whose window holds none of them cannot match: the pattern is tried only where it can.
     */
    static final int WINDOW = 100;

    private static List<String> windows(String text, List<Integer> starts) {
        List<String> windows = new ArrayList<>(starts.size());
        for (int start : starts) {
            windows.add(text.substring(start, Math.min(text.length(), start + WINDOW)).toLowerCase(java.util.Locale.ROOT));
        }
        return windows;
    }

    private static boolean anyIn(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The notice matched at the start of the line or of one of its sentences, else null. */
    private static Matcher atSentenceStart(Notice notice, String text, List<Integer> starts, List<String> windows) {
        Matcher m = notice.pattern().matcher(text);
        for (int i = 0; i < starts.size(); i++) {
            String window = windows.get(i);
            if (!anyIn(window, notice.words())) {
                continue;
            }
            m.region(starts.get(i), text.length());
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    private static Optional<Target> resolve(ArticleView view, String name, String mention) {
        Optional<Target> known = view.targets().known(name);
        if (known.isPresent()) {
            return known;
        }
        if (!CreditedName.looksLikeName(name)) {
            return Optional.empty();
        }
        for (String word : name.split("\\s+")) {
            if (io.wiretrace.outlet.Domains.looksLikeDomain(word)) {
                return view.targets().known(word); // "Blog DoSchu.Com" is the domain's own name
            }
        }
        return Optional.of(Targets.unknownName(name));
    }

    private static final Pattern DEFINITE = Pattern.compile("(?iu)^\\s*(?:l['’]|the |o |a |el |der |die |das |il |het |de )");
    private static final Pattern NOTICE_WORD = Pattern.compile("(?iu)original|first|previous|initialement|d'abord|"
            + "à l'origine|précédemment|inicialmente|primera vez|primeira vez|prima volta|zuerst|zunächst|ursprünglich|"
            + "erstmals|eerder|eerst|republi|reprodu|reprint|repost|permission|autoriza|autorisation|permiso|permissão|"
            + "permesso|concessione|genehmigung|ripubblic|"
            + "syndicated|adapted|excerpted");

    /**
     * "L'article publié dans Libération ...", "O texto publicado no Diário Oficial ...": a definite article and a bare
     * "published in", with no "originally" or "republished", refer to a document the story discusses.
     */
    private static boolean isCitation(String phrase) {
        return DEFINITE.matcher(phrase).find() && !NOTICE_WORD.matcher(phrase).find();
    }

    private static boolean isQuestion(String body, int end) {
        int i = end;
        while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == '"' || body.charAt(i) == '”')) {
            i++;
        }
        return i < body.length() && body.charAt(i) == '?';
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
