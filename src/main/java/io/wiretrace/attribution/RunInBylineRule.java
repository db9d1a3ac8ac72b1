package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire byline that extraction ran into the story's first paragraph, where the byline rule, reading short lines,
 * does not look: "The Associated Press WASHINGTON — The …", "AP SEOUL, South Korea - …", "By JANE ROE Associated
 * Press Writer WASHINGTON — …". The credit must open the paragraph and be followed by a dateline's place in capitals
 * and a dash, so a sentence that merely names an agency never counts. Only the first lines of the story are read.
 */
final class RunInBylineRule implements Rule {

    static final String ID = "byline.run-in";

    /** A dateline's place in capitals ("WASHINGTON", "SEOUL, South Korea", "ST. PAUL, Minn.") and its dash. */
    private static final Pattern PLACE_AND_DASH = Pattern.compile(
            "(?u)\\s+\\p{Lu}{2,}[\\p{Lu}.'’-]*(?:\\s+\\p{Lu}{2,}[\\p{Lu}.'’-]*){0,3}"
                    + "(?:,\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})?\\s*(?:--?|–|—)\\s");
    private static final Pattern BY = Pattern.compile("^(?:By|BY)\\s+");
    /** A byline before the place: "By" and at most this many characters. */
    private static final int MAX_BYLINE = 100;

    @Override
    public List<Attribution> apply(ArticleView view) {
        for (Block block : view.opening()) {
            String text = block.text();
            Optional<Attribution> found = agencyOpening(view, block)
                    .or(() -> BY.matcher(text).lookingAt() ? bylineOpening(view, block) : Optional.empty());
            if (found.isPresent()) {
                return List.of(found.get());
            }
        }
        return List.of();
    }

    /** "The Associated Press WASHINGTON — …": an agency's name alone, then the dateline's place. */
    private static Optional<Attribution> agencyOpening(ArticleView view, Block block) {
        String text = block.text();
        Matcher by = BY.matcher(text);
        int offset = by.lookingAt() ? by.end() : 0;
        // only a name at the first word, or after "the", opens the paragraph
        Optional<OutletScanner.Hit> opening = new OutletScanner(view.resolver()).agencyAtStart(text.substring(offset));
        if (opening.isEmpty()) {
            return Optional.empty();
        }
        OutletScanner.Hit first = opening.get();
        String before = text.substring(offset, offset + first.start());
        if (!before.isBlank() && !before.strip().equalsIgnoreCase("the")) {
            return Optional.empty();
        }
        Matcher place = PLACE_AND_DASH.matcher(text).region(offset + first.end(), text.length());
        if (!place.lookingAt() || OutletScanner.partOfLongerName(text.substring(offset), first)
                || PhotoCues.present(text.substring(0, place.end()))) {
            return Optional.empty();
        }
        Optional<Target> agency = view.targets().agency(first.mention());
        return agency.map(t -> Findings.inBody(view, block.start(), block.start() + offset + first.end(),
                Findings.BYLINE, AttributionKind.WIRE_CREDIT, t, 0.75, ID,
                "The story opens with " + t.name() + "'s name before its dateline, as a byline run into the text."));
    }

    /** "By JANE ROE Associated Press Writer WASHINGTON — …": the byline before the place read as a byline. */
    private static Optional<Attribution> bylineOpening(ArticleView view, Block block) {
        String text = block.text();
        Matcher place = PLACE_AND_DASH.matcher(text);
        while (place.find() && place.start() <= MAX_BYLINE) {
            String byline = text.substring(0, place.start());
            for (Attribution a : BylineParser.lineCredits(view, byline)) {
                if (view.targets().isAgency(a.target())) {
                    return Optional.of(Findings.inBody(view, block.start(), block.start() + byline.length(),
                            Findings.BYLINE, AttributionKind.WIRE_CREDIT, a.target(), 0.75, ID,
                            "The byline run into the story's first line credits " + a.target().name() + "."));
                }
            }
        }
        return Optional.empty();
    }
}
