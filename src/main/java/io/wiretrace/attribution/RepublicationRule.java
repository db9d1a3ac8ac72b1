package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Republication notices: "This article is republished from The Conversation under a Creative Commons license",
 * "This story was originally published by X", "originally appeared on X", "Reprinted with permission from X",
 * "first appeared on X", and their French, Spanish, Portuguese, German, Italian, Dutch, Danish and Polish forms. The
 * phrase must open a sentence: "the study, originally published in Nature, found" is a citation, not a notice. Words
 * that say where the page went ("reprinted on Wired.com") are not matched.
 */
final class RepublicationRule implements Rule {

    static final String ID = "republication.notice";

    private static final String START = "(?:^|(?<=[.!?:)\\]—–]\\s{0,3})|(?<=[(\\[*]))\\s*";
    private static final String THIS_EN = "(?:(?:this|the|a) (?:article|story|post|piece|essay|report|column|interview|"
            + "content|text|item|blog post|op-ed|commentary|analysis|feature|review|guide|version of this (?:story|article)) )";
    private static final String WHO = "(?<who>[^\\n]{1,120})";

    private static final List<Pattern> PATTERNS = List.of(
            // English
            p(THIS_EN + "?(?:was |is |has been |had been )?(?:originally|first|previously) (?:published|appeared|ran|posted|"
                    + "printed|featured) (?:on|at|in|by|with)\\s+" + WHO),
            p(THIS_EN + "(?:was |has been )?(?:published|appeared|ran) (?:originally|first) (?:on|at|in|by)\\s+" + WHO),
            p(THIS_EN + "?(?:is |was |has been )?(?:republished|reproduced|reposted|reprinted|syndicated|adapted|excerpted) "
                    + "(?:here )?(?:with (?:the )?(?:kind )?permission )?(?:from|of)\\s+" + WHO),
            p("(?:republished|reproduced|reprinted|reposted|published|used) (?:here )?with (?:the )?(?:kind )?permission "
                    + "(?:of|from)\\s+" + WHO),
            // French
            p("(?:cet |l')?(?:article|texte|entretien|billet|tribune|reportage) (?:a été |est )?(?:initialement |"
                    + "originellement |d'abord |précédemment )?(?:publiée?|parue?|republiée?|repris) (?:initialement |"
                    + "originellement |d'abord |à l'origine )?(?:sur|dans|par|chez|à partir de|depuis)\\s+" + WHO),
            p("(?:publiée?|parue?) (?:initialement|originellement|à l'origine|d'abord) (?:sur|dans|par|chez)\\s+" + WHO),
            p("(?:reproduite?|republiée?) avec (?:l'aimable )?(?:autorisation|permission) (?:de|du|d')\\s*" + WHO),
            // Spanish
            p("(?:este |el )?(?:artículo|texto|reportaje|contenido|post) (?:fue |ha sido |se )?(?:publicado|publicó|"
                    + "republicado) (?:originalmente|originariamente|inicialmente|por primera vez) (?:en|por)\\s+" + WHO),
            p("(?:este |el )?(?:artículo|texto|reportaje|contenido) (?:fue |ha sido |es )?republicado (?:de|desde)\\s+" + WHO),
            p("(?:publicado|publicada) (?:originalmente|originariamente|inicialmente) (?:en|por)\\s+" + WHO),
            p("(?:reproducido|publicado|republicado) con (?:el )?permiso (?:de|del)\\s+" + WHO),
            // Portuguese
            p("(?:este |o )?(?:artigo|texto|conteúdo|post) (?:foi |é )?(?:originalmente )?(?:publicado|republicado) "
                    + "(?:originalmente )?(?:em|no|na|pelo|pela|por|a partir d[oa])\\s+" + WHO),
            p("(?:publicad[oa]) originalmente (?:em|no|na|pelo|pela|por)\\s+" + WHO),
            // German
            p("(?:dieser |der )?(?:artikel|beitrag|text) (?:ist |wurde )?(?:erschien |erschienen |ist )?(?:zuerst|"
                    + "zunächst|ursprünglich|erstmals) (?:erschienen |veröffentlicht )?(?:bei|in|im|auf|unter)\\s+" + WHO),
            p("(?:zuerst|ursprünglich|erstmals) (?:erschienen|veröffentlicht) (?:bei|in|im|auf)\\s+" + WHO),
            p("erstveröffentlichung (?:bei|in|im|auf)\\s+" + WHO),
            p("nachdruck mit freundlicher genehmigung (?:von|der|des)\\s+" + WHO),
            // Italian
            p("(?:questo |l')?(?:articolo|testo|pezzo) (?:è stato )?(?:originariamente |inizialmente |originalmente )?"
                    + "pubblicat[oa] (?:originariamente |inizialmente |originalmente |per la prima volta )?(?:su|da|in|sul|"
                    + "sulla|nel)\\s+" + WHO),
            // Dutch, Danish, Polish
            p("(?:dit |het )?(?:artikel|stuk|verhaal) (?:verscheen|is) (?:eerder|eerst|oorspronkelijk) (?:verschenen |"
                    + "gepubliceerd )?(?:op|in|bij|door)\\s+" + WHO),
            p("(?:artiklen|denne artikel) (?:blev|er) (?:først|oprindeligt) (?:bragt|offentliggjort|publiceret) "
                    + "(?:i|på|hos|af)\\s+" + WHO),
            p("(?:artykuł|tekst) (?:ukazał się|został opublikowany) (?:pierwotnie |oryginalnie )?(?:w|na|przez)\\s+" + WHO));

    private static Pattern p(String phrase) {
        return Pattern.compile("(?iu)" + START + phrase);
    }

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.blocks()) {
            for (Pattern pattern : PATTERNS) {
                Matcher m = pattern.matcher(block.text());
                if (!m.find()) {
                    continue;
                }
                String name = CreditedName.cut(m.group("who"));
                Optional<Target> target = name.isEmpty() ? Optional.empty() : resolve(view, name, m.group("who"));
                if (target.isEmpty()) {
                    continue;
                }
                int start = block.start() + m.start() + leadingSpace(m.group());
                int end = block.start() + m.start("who") + m.group("who").indexOf(name) + name.length();
                boolean edge = block.index() < ArticleView.HEAD_LINES
                        || block.index() >= view.blocks().size() - ArticleView.TAIL_LINES * 2;
                found.add(Findings.inBody(view, start, end, Findings.lineLocation(view, block),
                        AttributionKind.REPUBLISHED_FROM, target.get(), edge ? 0.9 : 0.75, ID,
                        "A republication notice says the text first appeared at " + target.get().name() + "."));
                break;
            }
        }
        return found;
    }

    private static Optional<Target> resolve(ArticleView view, String name, String mention) {
        Optional<Target> known = view.targets().known(name);
        if (known.isPresent()) {
            return known;
        }
        for (String word : name.split("\\s+")) {
            if (io.wiretrace.outlet.Domains.looksLikeDomain(word)) {
                return view.targets().known(word); // "Blog DoSchu.Com" is the domain's own name
            }
        }
        return Optional.of(Targets.unknownName(name));
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
