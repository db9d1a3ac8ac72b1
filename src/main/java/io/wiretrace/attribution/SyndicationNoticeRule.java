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
 * without modifications", "This article is syndicated from X", "Provided by X" lines, and the automatic-publication
 * notices of French, Spanish, Portuguese, German, Dutch, Polish and Italian sites. The target is the agency the notice
 * names, else an unnamed "syndicated feed" (the staff the notice names is the publishing outlet itself).
 */
final class SyndicationNoticeRule implements Rule {

    static final String ID = "syndication.feed-notice";
    static final String PROVIDED_ID = "syndication.provided-by";

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

    /**
     * "Provided by X", "Content provided by X", "© Provided by X", "(This news article provided by X)", "Brought to you
     * by X", "Article from: X", "Article courtesy of X", "This story was produced by X" as a short line of its own, above the story or among its closing lines (not on a photo
     * or video credit, nor between two of its paragraphs, where it captions an embed).
     */
    private static final Pattern PROVIDED = Pattern.compile(
            "(?iu)^[(\\[]?\\s*(?:©\\s*)?(?:(?:(?:this )?(?:news )?(?:content|article|story|report) (?:is |was )?)?"
                    + "(?:provided|supplied|distributed) by|brought to you by|article from\\s*:"
                    // "This story was produced (reported) by X" (a bare "Produced by X" is as often a video's or
                    // podcast's credit)
                    + "|(?:this )?(?:news )?(?:content|article|story|report) (?:is |was )?(?:produced|reported) by"
                    // "Article courtesy of X", "Story courtesy X" (a bare "Courtesy of X" is as often a photo's credit)
                    + "|(?:article|story|content|report|text|news) courtesy(?: of)?"
                    // "This story is courtesy of X", "This article appears courtesy of X"
                    + "|(?:this )?(?:article|story|report) (?:is |appears |comes |was (?:provided |shared )?)courtesy(?: of)?)"
                    + "\\s*(?<who>.{2,60}?)"
                    + "\\s*[)\\]]?\\.?$");
    /** A "provided by" line about something other than the text: a sponsor, an advert, data, weather, a widget. */
    private static final Pattern NOT_CONTENT = Pattern.compile(
            "(?iu)\\b(?:sponsor\\p{L}*|advert\\p{L}*|paid|promot\\p{L}*|presented|anzeige|publicidad|publicité|pubblicità|"
                    + "data|daten|datos|données|quotes?|weather|forecast|widget|map|chart|prices?|odds|tickets?|offer)\\b");
    /**
     * A bare "Courtesy of X" / "Courtesy: X" closing the story: read only as the story's last line and only for a
     * registry outlet, since the same words under a picture credit its photographer or owner.
     */
    private static final Pattern BARE_COURTESY = Pattern.compile(
            "(?iu)^[(\\[]?\\s*courtesy(?:\\s+of)?\\s*[:：]?\\s*(?<who>\\p{L}.{1,58}?)\\s*[)\\]]?\\.?$");
    /** "Article courtesy of": the text's courtesy, not a photo's, so "courtesy" is no photo cue there. */
    private static final Pattern TEXT_COURTESY = Pattern.compile(
            "(?iu)\\b(?:article|story|content|report|text|news) (?:(?:is|appears|comes|was|provided|shared) ){0,2}courtesy");
    private static final Pattern SYNDICATED_FROM = Pattern.compile("(?iu)syndicated (?:from|by|via)\\s+(?<who>[^\\n]{2,80})");

    /** Every FEED alternative needs one of these words. */
    private static final Keywords FEED_WORDS = new Keywords("feed", "automati", "automát", "automaty", "redaktionell",
            "ungeprüft", "unverändert", "syndicated", "sourced", "supplied", "taken", "aggregated", "newskanal",
            "wire service");
    private static final Keywords PROVIDED_WORDS = new Keywords("provided by", "supplied by", "distributed by",
            "brought to you by", "article from", "courtesy", "produced by", "reported by");

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
            bareCourtesy(view, blocks.get(blocks.size() - 1)).ifPresent(found::add);
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
            Matcher provided = PROVIDED.matcher(block.text());
            boolean notice = block.text().length() <= 100 && provided.matches();
            if (!notice && block.text().length() <= 200) {
                provided = PROVIDED.matcher(lastSentence(block.text()));
                notice = provided.matches();
            }
            if (notice && PROVIDED_WORDS.in(block) && suppliesText(block.text()) && headOrClosing.contains(block)) {
                boolean sponsorPhrase = block.lower().contains("brought to you by");
                providedBy(view, block, CreditedName.cut(provided.group("who")), sponsorPhrase).ifPresent(found::add);
            }
        }
        return found;
    }

    /** The story's last line, a bare courtesy naming a registry outlet (not a picture's credit). */
    private static Optional<Attribution> bareCourtesy(ArticleView view, Block last) {
        Matcher m = BARE_COURTESY.matcher(last.text());
        if (!m.matches() || PhotoCues.present(last.text().replaceFirst("(?iu)courtesy", ""))) {
            return Optional.empty();
        }
        String name = CreditedName.cut(m.group("who"));
        if (view.targets().known(name).filter(t -> t.key() != null).isEmpty()) {
            // a name the registry lacks counts when it is a publication's ("Courtesy of Valmere Times"), not a
            // person's, a society's or a company's, which a picture's courtesy names as often
            return PersonNames.publicationName(name) && !SourceLabelRule.NOT_A_SOURCE.inText(name)
                    ? Optional.of(unknownCourtesy(view, last, name)) : Optional.empty();
        }
        return providedBy(view, last, name, false);
    }

    /** A courtesy of the text naming a source the registry lacks: a republication, by its name. */
    private static Attribution unknownCourtesy(ArticleView view, Block block, String name) {
        return Findings.inBody(view, block.start(), block.end(), Findings.lineLocation(view, block),
                AttributionKind.REPUBLISHED_FROM, Targets.unknownName(name), 0.6, PROVIDED_ID,
                "A courtesy line under the story names " + name + " as the text's source.");
    }

    /**
     * A courtesy of the text itself ("Story courtesy of X", "This article is courtesy of X") naming an outlet the
     * registry lacks: its name must read as an outlet's, not a person's, a company's or a public body's.
     */
    private static boolean outletLike(String name) {
        return CreditedName.looksLikeName(name) && !PersonNames.isPerson(name)
                && !SourceLabelRule.NOT_A_SOURCE.inText(name) && name.split("\\s+").length <= 5;
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

    /**
     * The wire agency a short "provided by" line names ("Provided by The Associated Press", "Content supplied by
     * AFP"), for lines read outside the body; empty for any other line, or another outlet.
     */
    static Optional<Target> providerAgency(ArticleView view, String line) {
        Matcher m = PROVIDED.matcher(line);
        if (line.length() > 100 || !m.matches() || !suppliesText(line)) {
            return Optional.empty();
        }
        return view.targets().agency(CreditedName.cut(m.group("who")));
    }

    /** A "provided by" line that is about the text, not a non-content item or a picture ("Photo courtesy of AP"). */
    private static boolean suppliesText(String line) {
        return !NOT_CONTENT.matcher(line).find() && !BrandStudios.named(line)
                && !PhotoCues.present(TEXT_COURTESY.matcher(line).replaceFirst(""));
    }

    /**
     * A short line's last sentence, where syndicates put their notice after the owner's copyright ("©2024 Valmere
     * Times. Visit at valmeretimes.example. Distributed by Tribune Content Agency, LLC."); a line of one sentence as
     * it is. At most 100 characters are read as the notice.
     */
    private static String lastSentence(String line) {
        int cut = 0;
        for (int i = line.length() - 2; i > 0; i--) {
            if (line.charAt(i) == ' ' && ".!?".indexOf(line.charAt(i - 1)) >= 0) {
                cut = i + 1;
                break;
            }
        }
        String last = line.substring(cut);
        return last.length() <= 100 ? last : "";
    }

    /**
     * A wire agency supplying the text is a wire credit (0.8); another known outlet is the feed the page runs (0.7).
     */
    private static Optional<Attribution> providedBy(ArticleView view, Block block, String name, boolean sponsorPhrase) {
        Optional<Target> agency = view.targets().agency(name);
        if (agency.isEmpty() && sponsorPhrase) {
            return Optional.empty(); // "Brought to you by" names a sponsor unless it names a wire agency
        }
        if (agency.isPresent()) {
            Target t = agency.get();
            return Optional.of(Findings.inBody(view, block.start(), block.end(), Findings.lineLocation(view, block),
                    AttributionKind.WIRE_CREDIT, t, 0.8, PROVIDED_ID,
                    "A line under the article says the wire agency " + t.name() + " supplied it."));
        }
        Optional<Target> known = view.targets().known(name);
        if (known.isEmpty() && TEXT_COURTESY.matcher(block.text()).find() && outletLike(name)) {
            return Optional.of(unknownCourtesy(view, block, name));
        }
        return known.map(t -> Findings.inBody(view, block.start(), block.end(),
                Findings.lineLocation(view, block), AttributionKind.SYNDICATED_FEED_DISCLAIMER, t, 0.7, PROVIDED_ID,
                "A 'provided by' line names " + t.name() + " as the content provider."));
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
