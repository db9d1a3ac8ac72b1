package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Provided by" and courtesy lines of {@link SyndicationNoticeRule}: "Provided by X", "Content supplied by X", "Brought
 * to you by X", "Article courtesy of X", "This story was produced by X" as a short line above the story or among its
 * closing lines, and a bare "Courtesy of X" as its last line; never a sponsor's, an advert's, data's or a picture's.
 * Stateless.
 */
final class ProvidedByLines {

    static final String PROVIDED_ID = "syndication.provided-by";

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
    private static final Keywords PROVIDED_WORDS = new Keywords("provided by", "supplied by", "distributed by",
            "brought to you by", "article from", "courtesy", "produced by", "reported by");


    private ProvidedByLines() {
    }

    /**
     * A "provided by" notice in {@code block} (the whole line, or the last sentence of a short one) about the text,
     * naming a known outlet: a wire credit for an agency, else the feed the page runs; empty otherwise.
     */
    static Optional<Attribution> read(ArticleView view, Block block) {
        Matcher provided = PROVIDED.matcher(block.text());
        boolean notice = block.text().length() <= 100 && provided.matches();
        if (!notice && block.text().length() <= 200) {
            provided = PROVIDED.matcher(lastSentence(block.text()));
            notice = provided.matches();
        }
        if (!notice || !PROVIDED_WORDS.in(block) || !suppliesText(block.text())) {
            return Optional.empty();
        }
        boolean sponsorPhrase = block.lower().contains("brought to you by");
        return providedBy(view, block, CreditedName.cut(provided.group("who")), sponsorPhrase);
    }

    /** The story's last line, a bare courtesy naming a registry outlet (not a picture's credit). */
    static Optional<Attribution> closingCourtesy(ArticleView view, Block last) {
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
}
