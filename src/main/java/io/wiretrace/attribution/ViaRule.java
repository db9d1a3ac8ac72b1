package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import io.wiretrace.extract.MarkupSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Via" credits: a short line "Via The Verge", "(via Ars Technica)", "[via Gizmodo]", and hat tips "h/t Curbed",
 * "H/T: Slate", "Hat tip to Curbed for the find". Photo credits ("Pool via REUTERS", "via Getty Images", "via
 * Wikimedia Commons"), handles ("via @someone"), social networks and aggregators ("via Bluesky", "via Google News") and
 * "via video link" are not credits of the text, nor are street addresses ("Via Roma 12"), nor a lone "via" line
 * between two paragraphs of the story (the caption of a picture or embed).
 */
final class ViaRule implements Rule {

    static final String ID = "via.credit";

    private static final Pattern VIA_LINE = Pattern.compile(
            "(?iu)(?:^|[(\\[])\\s*(?:source\\s*)?via:?\\s+(?<who>[^@\\s(\\[][^()\\[\\]\\n]{1,60}?)\\s*[)\\]]?\\.?$");
    /** "... a treat for your eyes. -via Flavorwire", "Source harbour.org, Via Harbour Wire": a via closing a line. */
    private static final Pattern TRAILING_VIA = Pattern.compile(
            "(?iu)(?:\\s[-–—]{1,2}\\s*|\\s*,\\s*)via:?\\s+(?<who>[^@\\s(\\[][^()\\[\\],\\n]{1,40}?)\\s*\\.?$");
    private static final Pattern HAT_TIP = Pattern.compile(
            "(?iu)(?:^|[(\\[.!?]\\s*|\\s[-–—]\\s*)(?:h/t|h\\.t\\.|hat ?tip)(?:\\s+to)?\\s*:?\\s+(?<who>[^@\\s][^()\\[\\]\\n]{1,80})");
    private static final Pattern NOT_TEXT_SOURCE = Pattern.compile(
            "(?iu)\\b(?:getty|images?|wikimedia|commons|shutterstock|flickr|unsplash|video|zoom|email|e-mail|"
                    + "phone|telephone|satellite|link|livestream|twitter|facebook|instagram|tiktok|youtube|"
                    + "linkedin|reddit|telegram|whatsapp|press release|statement|pool|"
                    // social networks, newsletter platforms and aggregators say how the link travelled, not who wrote it
                    + "bluesky|mastodon|threads|substack|google news|apple news|flipboard|rss)\\b");

    private static final Keywords KEYWORDS = new Keywords("via", "h/t", "h.t.", "hat tip", "hattip");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (Block block : view.blocks()) {
            String text = block.text();
            if (!KEYWORDS.in(block) || PhotoCues.present(block)) {
                continue;
            }
            Matcher via = VIA_LINE.matcher(text);
            if (text.length() <= 80 && via.find() && !isStreet(view, text, via) && !isCaption(view, block)) {
                add(view, block, via, 0.75, "A 'via' line credits ", found);
                continue;
            }
            Matcher tip = HAT_TIP.matcher(text);
            if (tip.find()) {
                add(view, block, tip, 0.7, "A hat tip credits ", found);
                continue;
            }
            Matcher trailing = TRAILING_VIA.matcher(text);
            if (view.closing().contains(block) && trailing.find()) {
                add(view, block, trailing, 0.7, "A 'via' closing the article credits ", found);
            }
        }
        for (MarkupSignal signal : view.article().markup()) {
            if (signal.source() == MarkupSignal.Source.TEXT && signal.value() != null
                    && (HeaderLineRule.SIGNAL.equals(signal.name()) || TailLineRule.SIGNAL.equals(signal.name()))) {
                outside(view, signal.value().strip(), HeaderLineRule.SIGNAL.equals(signal.name()) ? Findings.BYLINE
                        : Findings.FOOTER, found);
            }
        }
        return found;
    }

    /**
     * A "Via: X" box above the byline or a "(via Reuters)" line right after the story, which body extraction leaves out
     * (the extractor's header and tail lines): read in the short line form only, {@value Findings#OUTSIDE_BODY_DISCOUNT} less sure.
     */
    private static void outside(ArticleView view, String line, String location, List<Attribution> found) {
        Matcher via = VIA_LINE.matcher(line);
        if (line.length() > 80 || view.inBody(line) || !via.find() || via.start() > 1 || isStreet(view, line, via)
                || NOT_TEXT_SOURCE.matcher(via.group("who")).find()) {
            return;
        }
        target(view, via.group("who")).ifPresent(t -> found.add(Findings.outside(line, location, AttributionKind.VIA,
                t, 0.75 - Findings.OUTSIDE_BODY_DISCOUNT, ID, "A 'via' line beside the story credits " + t.name() + ".")));
    }

    /**
     * A lone "via XKCD" line between two paragraphs of the story, above the tail, credits the picture or embed above
     * it: a text's "via" credit stands under the story or above it.
     */
    private static boolean isCaption(ArticleView view, Block block) {
        List<Block> blocks = view.blocks();
        int i = block.index();
        return i > 0 && i + 1 < blocks.size() - ArticleView.TAIL_LINES
                && blocks.get(i - 1).text().length() >= ArticleView.LONG_PARAGRAPH
                && blocks.get(i + 1).text().length() >= ArticleView.LONG_PARAGRAPH;
    }

    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\b\\d{1,5}[a-zA-Z]?\\b");
    private static final java.util.Set<String> STREET_LANGUAGES = java.util.Set.of("it", "es", "pt");

    /**
     * "Via Roma 12, 20121 Milano" is an address, and on an Italian, Spanish or Portuguese page an unbracketed "Via
     * Garibaldi" line is a street; a credit there is written "(via X)".
     */
    private static boolean isStreet(ArticleView view, String text, Matcher via) {
        if (HOUSE_NUMBER.matcher(via.group("who")).find()) {
            return true;
        }
        boolean bracketed = text.startsWith("(") || text.startsWith("[");
        return !bracketed && STREET_LANGUAGES.contains(view.primaryLanguage());
    }

    /** The registry outlet, or an unknown one of up to four words, that a via line names. */
    private static Optional<Target> target(ArticleView view, String raw) {
        String name = CreditedName.cut(raw);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<Target> known = view.targets().known(name);
        return known.isPresent() ? known : name.split("\\s+").length <= 4 && CreditedName.looksLikeName(name)
                ? Optional.of(Targets.unknownName(name)) : Optional.empty();
    }

    private static void add(ArticleView view, Block block, Matcher m, double confidence, String reason,
            List<Attribution> found) {
        String raw = m.group("who");
        if (NOT_TEXT_SOURCE.matcher(raw).find()) {
            return;
        }
        String name = CreditedName.cut(raw);
        Target t = target(view, raw).orElse(null);
        if (t == null) {
            return;
        }
        int start = block.start() + m.start();
        while (Character.isWhitespace(view.body().charAt(start)) || view.body().charAt(start) == '.') {
            start++;
        }
        int end = block.start() + m.start("who") + raw.indexOf(name) + name.length();
        found.add(Findings.inBody(view, start, Math.max(end, start + 1), Findings.lineLocation(view, block),
                AttributionKind.VIA, t, confidence, ID, reason + t.name() + "."));
    }
}
