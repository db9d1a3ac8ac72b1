package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.outlet.Outlet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Syndicated-feed disclaimers: "(Except for the headline, this story has not been edited by NDTV staff and is
 * published from a syndicated feed.)", "auto-generated from a syndicated feed", "published from a wire agency feed
 * without modifications", "This article is syndicated from X", and the automatic-publication notices of French,
 * Spanish, Portuguese, German, Dutch, Polish and Italian sites. The target is the agency the notice names, else an
 * unnamed "syndicated feed" (the staff the notice names is the publishing outlet itself). "Provided by X" and courtesy
 * lines above the story or among its closing lines are read by {@link ProvidedByLines}.
 */
final class SyndicationNoticeRule implements Rule {

    static final String ID = "syndication.feed-notice";

    private static final Pattern FEED = Pattern.compile("(?iu)"
            + "(?:(?:not been|wasn't|was not|has not been|is not) edited by .{0,60}?(?:staff|team|editors|newsroom|desk)"
            + ".{0,80}?(?:syndicated|wire|agency|news) (?:news )?feed)"
            + "|(?:(?:auto-?generated|automatically generated|published|sourced|taken|generated) (?:directly )?from "
            + "(?:a |an |the )?(?:syndicated|wire|news agency|wire agency|agency) (?:news )?feed)"
            + "|(?:from (?:a |an |the )?(?:syndicated|wire agency|news agency) feed (?:without|with no) (?:modifications?|changes|edits))"
            // "This story is auto-aggregated by a computer program and has not been created or edited by X."
            + "|(?:(?:auto-?aggregated|automatically aggregated) by (?:a )?computer (?:program|programme|software))"
            // "This story is sourced direct from an overseas news agency as an additional service to readers."
            + "|(?:(?:this|the) (?:story|article|report|item) (?:is|was|has been) (?:sourced|taken|supplied) (?:direct(?:ly)? )?"
            + "from (?:an? |the )?(?:overseas |international |foreign |external |outside )?(?:news |wire )?(?:agency|agencies|"
            + "wire service|news service)\\b)"
            + "|(?:(?:cet article|cette dépêche|ce contenu|cette information) (?:a été|est) (?:publiée?|générée?|diffusée?|"
            + "mise? en ligne) automatiquement)"
            + "|(?:(?:este (?:artículo|contenido|texto)|esta (?:noticia|nota|información)) (?:fue|ha sido|se ha|es|se) "
            + "(?:publicad[oa]|generad[oa]|publicó) (?:de (?:forma|manera) )?automática(?:mente)?)"
            + "|(?:(?:este (?:conteúdo|texto|artigo)|esta (?:notícia|matéria)) (?:foi|é) (?:publicad[oa]|gerad[oa]) "
            + "(?:de forma )?automatica(?:mente)?)"
            + "|(?:(?:dieser (?:artikel|text|beitrag)|diese (?:meldung|nachricht)) (?:wurde|ist) (?:automatisch|"
            + "ungeprüft|unverändert|nicht redaktionell bearbeitet))"
            + "|(?:(?:wurde|ist) (?:von der redaktion )?nicht redaktionell bearbeitet)"
            // "ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von der Deutschen
            // Presse-Agentur (dpa) übernommen."; "Direkt aus dem dpa-Newskanal", as German sites label agency copy
            + "|(?:(?:hat|haben) (?:(?:diese[nrs]?|den|die) (?:meldung|artikel|text|beitrag|nachricht) )?redaktionell "
            + "nicht bearbeitet)"
            + "|(?<named>(?:(?:wurde|ist|wird) (?:automatisch|ungeprüft|unverändert) (?:von|aus) [^.]{1,60}?übernommen)"
            + "|(?:aus dem [\\p{L}-]{0,20}newskanal)"
            + "|(?:(?:dit (?:artikel|bericht|nieuwsbericht)|deze (?:tekst|melding)) (?:is|wordt|werd) automatisch "
            + "(?:overgenomen|gepubliceerd|geplaatst))"
            + "|(?:(?:artykuł|tekst|informacja|wiadomość) (?:został[ao]?|jest) automatycznie "
            + "(?:opublikowan[yae]|pobran[yae]|przejęt[yae]))"
            // "This story was automatically published from the AP feed", "... from an automated Reuters news feed",
            // "... published from the Bloomberg wire service and has not been edited by X staff"; this form and the
            // German "übernommen" one count only when they name an agency ("taken from the Harbour Ports wire service
            // archive" is not a notice): group "named"
            + "|(?:(?:published|generated|taken|sourced|posted) (?:directly |automatically )?from (?:a |an |the )?"
            + "(?:automated )?(?:(?-i:\\p{Lu})[\\p{L}&.'’-]{1,20} ){1,3}(?:news |wire )?(?:feed|wire service)\\b))"
            + "|(?:(?:questo articolo|questa notizia) è stat[oa] pubblicat[oa] automaticamente)"
            + "|(?:(?:this (?:article|story|content|post|report) (?:is|was|has been) )syndicated (?:from|by|via) "
            // "syndicated by X to its partner sites" says where the text goes, not where it came from
            + "(?![^.]{0,80}?\\bto (?:its|our|their|partner|other|member)\\b))");

    private static final Pattern SYNDICATED_FROM = Pattern.compile("(?iu)syndicated (?:from|by|via)\\s+(?<who>[^\\n]{2,80})");

    /** Every FEED alternative needs one of these words. */
    private static final Keywords FEED_WORDS = new Keywords("feed", "automati", "automát", "automaty", "redaktionell",
            "ungeprüft", "unverändert", "syndicated", "sourced", "supplied", "taken", "aggregated", "newskanal",
            "wire service");
    /**
     * True when the body holds a syndicated-feed disclaimer (other rules use it as a sign of agency copy). The body's
     * lines are searched in the body lower-cased once ({@link ArticleView#lowerBody()}) where there is one.
     */
    static boolean present(ArticleView view) {
        String text = view.body();
        String lower = view.lowerBody() != null ? view.lowerBody() : text.toLowerCase(Locale.ROOT);
        if (!FEED_WORDS.inLowerCase(lower)) {
            return false;
        }
        // A FEED match never spans a line break and holds one of FEED_WORDS, so only lines holding one (or a letter
        // that the regex's case folding reads as s or i but lower-casing does not: ſ, ı, İ) need the regex; it sees the
        // text around the line (transparent bounds), so it finds what a search of the whole text finds.
        Matcher m = FEED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            boolean words = view.lowerBody() != null ? FEED_WORDS.inLowerCase(lower.substring(start, end))
                    : FEED_WORDS.in(line);
            if (words || line.indexOf('ſ') >= 0 || line.indexOf('ı') >= 0 || line.indexOf('İ') >= 0) {
                m.region(start, end);
                while (m.find()) {
                    if (m.group("named") == null) {
                        return true; // a notice naming an agency is read by apply, with its agency
                    }
                }
            }
            if (nl < 0) {
                return false;
            }
            start = nl + 1;
        }
    }

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        OutletScanner scanner = new OutletScanner(view.resolver());
        // a "provided by" line between two paragraphs of the story captions an embedded video or photo
        java.util.Set<Block> headOrClosing = new java.util.HashSet<>(view.opening());
        headOrClosing.addAll(view.closing());
        List<Block> blocks = view.blocks();
        if (blocks.size() >= 2) {
            ProvidedByLines.closingCourtesy(view, blocks.get(blocks.size() - 1)).ifPresent(found::add);
        }
        for (Block block : blocks) {
            Matcher m = FEED.matcher(block.text());
            if (FEED_WORDS.in(block) && m.find()) {
                int[] span = evidenceSpan(block.text(), m.start(), m.end());
                String evidence = block.text().substring(span[0], span[1]);
                Target target = target(view, scanner, evidence);
                if (m.group("named") != null && Targets.UNNAMED_FEED.equals(target.name())) {
                    continue;
                }
                found.add(Findings.inBody(view, block.start() + span[0], block.start() + span[1],
                        Findings.lineLocation(view, block), AttributionKind.SYNDICATED_FEED_DISCLAIMER, target, 0.95,
                        ID, "A disclaimer says the text was published unedited from a syndicated feed"
                                + (Targets.UNNAMED_FEED.equals(target.name()) ? "." : " of " + target.name() + ".")));
                continue;
            }
            if (headOrClosing.contains(block)) {
                ProvidedByLines.read(view, block).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * The wire agency a notice of unedited agency copy names on a line read outside the body ("Direkt aus dem
     * dpa-Newskanal" above the story, "Dieser Artikel wurde automatisch aus dem dpa-Newskanal übernommen" in a box after
     * it); empty for any other line, an unnamed feed or an outlet that is no agency.
     */
    static Optional<Target> noticeAgency(ArticleView view, String line) {
        if (line.length() > 300 || !FEED_WORDS.in(line) || !FEED.matcher(line).find()) {
            return Optional.empty();
        }
        Target t = target(view, new OutletScanner(view.resolver()), line);
        return t.key() != null && view.targets().isAgency(t) ? Optional.of(t) : Optional.empty();
    }

    private static Target target(ArticleView view, OutletScanner scanner, String evidence) {
        Matcher from = SYNDICATED_FROM.matcher(evidence);
        if (from.find()) {
            String name = CreditedName.cut(from.group("who"));
            var known = view.targets().known(name);
            if (known.isPresent()) {
                return known.get();
            }
        }
        for (OutletScanner.Hit hit : scanner.agenciesAnyCase(evidence)) {
            Outlet o = hit.outlet();
            return new Target(o.key(), o.name(), o.primaryDomain(), hit.mention());
        }
        return Targets.unnamedFeed(evidence);
    }

    /** The whole line when it is a short notice (often bracketed), else the sentence holding the match. */
    private static int[] evidenceSpan(String line, int start, int end) {
        if (line.length() <= 300) {
            return new int[] {0, line.length()};
        }
        int s = start;
        while (s > 0 && ".!?".indexOf(line.charAt(s - 1)) < 0) {
            s--;
        }
        while (s < start && Character.isWhitespace(line.charAt(s))) {
            s++;
        }
        int e = end;
        while (e < line.length() && ".!?".indexOf(line.charAt(e - 1)) < 0) {
            e++;
        }
        return new int[] {s, e};
    }
}
