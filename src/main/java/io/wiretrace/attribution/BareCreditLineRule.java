package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short credit lines above the story that carry no "By": "From Reuters", "Jane Roe, The Canadian Press", "JANE ROE |
 * AP | January 4, 2008", "PTI New Delhi", "New Delhi, IANS", "Agencies", "Agency inputs". Only lines before the story's first sentence
 * of prose count, each at most {@value #MAX_LINE} characters, and every part must be a writer's name, a place, or a
 * wire agency: a line naming anything else, or a picture credit, says nothing.
 */
final class BareCreditLineRule implements Rule {

    static final String ID = "byline.bare";
    private static final int MAX_LINE = 60;

    private static final Pattern FROM = Pattern.compile("^(?:From|FROM)\\s+(?<names>.+)$");
    /** A writer's name (two to four capitalised words), a comma or bar, and the credit. */
    private static final Pattern NAME_AND_CREDIT = Pattern.compile(
            "^(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})\\s*[,|]\\s*(?<credit>[^,|/]{2,40})$");
    /** A place of one to three capitalised words before or after the agency, with or without a comma. */
    private static final String PLACE = "(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2})";
    private static final Pattern PLACE_BEFORE = Pattern.compile(PLACE + ",?\\s+");
    private static final Pattern PLACE_AFTER = Pattern.compile(",?\\s+" + PLACE);
    private static final Pattern UNNAMED = Pattern.compile(
            "(?iu)^(?:(?:from\\s+)?(?:our\\s+)?correspondents?\\s+(?:and|with)\\s+)?(?:agenc(?:y|ies)\\s+inputs?|agencies)$");

    @Override
    public List<Attribution> apply(ArticleView view) {
        for (Block block : view.lead()) {
            // the story's date may share the line: "Jane Roe, The Canadian Press Published: January 4, 2008"
            String text = DateStamps.without(block.text());
            if (text.length() > MAX_LINE || text.isEmpty() || PhotoCues.present(block)) {
                continue;
            }
            Optional<Target> credit = credit(view, text);
            if (credit.isPresent()) {
                Target t = credit.get();
                return List.of(Findings.inBody(view, block.start(), block.end(), Findings.BYLINE,
                        AttributionKind.WIRE_CREDIT, t, 0.75, ID,
                        "A short line above the story credits " + t.name() + ", as a byline."));
            }
        }
        return List.of();
    }

    private static Optional<Target> credit(ArticleView view, String text) {
        if (UNNAMED.matcher(text).matches()) {
            return Optional.of(Targets.agencies(text));
        }
        Matcher from = FROM.matcher(text);
        if (from.matches()) {
            return view.targets().agency(from.group("names"));
        }
        Matcher named = NAME_AND_CREDIT.matcher(text);
        if (named.matches()) {
            Optional<Target> agency = view.targets().agency(named.group("credit"));
            if (agency.isPresent() && view.targets().known(named.group("name")).isEmpty()) {
                return agency;
            }
        }
        return agencyAndPlace(view, text);
    }

    /** "PTI New Delhi", "New Delhi, PTI", "Reuters London": the agency's name in capitals or in full, and a place. */
    private static Optional<Target> agencyAndPlace(ArticleView view, String text) {
        List<OutletScanner.Hit> hits = new OutletScanner(view.resolver()).agencies(text);
        if (hits.size() != 1) {
            return Optional.empty();
        }
        OutletScanner.Hit hit = hits.get(0);
        Matcher before = PLACE_BEFORE.matcher(text.substring(0, hit.start()));
        Matcher after = PLACE_AFTER.matcher(text.substring(hit.end()));
        boolean placeBefore = before.matches() && text.substring(hit.end()).isBlank();
        boolean placeAfter = after.matches() && hit.start() == 0;
        if (!placeBefore && !placeAfter || OutletScanner.partOfLongerName(text, hit)
                || view.targets().known(placeBefore ? before.group(1) : after.group(1)).isPresent()) {
            return Optional.empty();
        }
        return view.targets().agency(hit.mention());
    }
}
