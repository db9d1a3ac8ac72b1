package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short credit lines above the story that carry no "By": "From Reuters", "Jane Roe, The Canadian Press", "JANE ROE |
 * AP | January 4, 2008", "PTI New Delhi", "New Delhi, IANS", "dpa", "dpa/AFP", "Autor: dpa", "dpa-Korrespondentin Hanna
 * Berg", "Agencies", "Agency inputs"; and the labelled and desk-word forms in the page's byline ("Artikel von: dpa").
 * Only the short lines above the story's first long paragraph count, each at most {@value #MAX_LINE} characters, and
 * every part must be a writer's name, a place, or a wire agency: a line naming anything else, a single agency name
 * in name case ("Reuters", a button or a picture's credit as often), or a picture credit, says nothing.
 */
final class BareCreditLineRule implements Rule {

    static final String ID = "byline.bare";
    private static final int MAX_LINE = 60;

    private static final Pattern FROM = Pattern.compile("^(?:From|FROM)\\s+(?<names>.+)$");
    /** A writer's name (two to four capitalised words), a comma or bar, and the credit. */
    private static final String WRITER = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}";
    private static final Pattern NAME_AND_CREDIT = Pattern.compile("^(?<name>" + WRITER + "(?:\\s+(?:und|and|&|y|et|e|og|en)\\s+"
            + WRITER + ")?)\\s*[,|]\\s*(?<credit>[^,|/]{2,40})$");
    /** A place of one to three capitalised words before or after the agency, with or without a comma. */
    private static final String PLACE = "(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2})";
    private static final Pattern PLACE_BEFORE = Pattern.compile(PLACE + ",?\\s+");
    private static final Pattern PLACE_AFTER = Pattern.compile(",?\\s+" + PLACE);
    private static final Pattern UNNAMED = Pattern.compile(
            "(?iu)^(?:(?:from\\s+)?(?:our\\s+)?correspondents?\\s+(?:and|with)\\s+)?(?:agenc(?:y|ies)\\s+inputs?|agencies)$");

    /** A label before the byline: "Autor:", "Von:", "Artikel von", "Ein Beitrag von", "Author:". */
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^(?:(?:ein(?:e)?\\s+)?(?:artikel|beitrag|text|bericht)\\s+von\\s*:?|autor(?:in)?\\s*:|von\\s*:|author\\s*:"
                    + "|written by\\s*:?|auteur\\s*:|autore\\s*:|autor\\s*:)\\s*");
    /** Only words of names and the separators of a list: no copyright sign, bracket or digit. */
    private static final Pattern NAMES = Pattern.compile("[\\p{L}][\\p{L}.'’ ,/&|-]*");
    /** An agency's desk word glued to its name: "dpa-Korrespondentin Hanna Berg", "Jane Roe, AFP-Reporter". */
    private static final Pattern AGENCY_ROLE = Pattern.compile(
            "(?u)(?:^|[\\s,(])(?<agency>\\p{L}{2,12})-(?i:korrespondent(?:in|en)?|reporter(?:in)?|redakteur(?:in)?|"
                    + "mitarbeiter(?:in)?|autor(?:in)?|journalist(?:in)?)\\b");

    @Override
    public List<Attribution> apply(ArticleView view) {
        for (Block block : view.lead()) {
            // the story's date may share the line: "Jane Roe, The Canadian Press Published: January 4, 2008"
            String text = LABEL.matcher(DateStamps.without(block.text())).replaceFirst("");
            if (text.length() > MAX_LINE || text.isEmpty() || PhotoCues.present(block) || BrandStudios.named(text)) {
                continue;
            }
            List<Target> credits = credits(view, text);
            if (!credits.isEmpty()) {
                return credits.stream().map(t -> Findings.inBody(view, block.start(), block.end(), Findings.BYLINE,
                        AttributionKind.WIRE_CREDIT, t, 0.75, ID,
                        "A short line above the story credits " + t.name() + ", as a byline.")).toList();
            }
        }
        return bylineForms(view);
    }

    /** The page's byline in the forms only this rule reads: a labelled agency ("Artikel von: dpa"), a desk word. */
    private static List<Attribution> bylineForms(ArticleView view) {
        String byline = view.article().byline();
        if (byline == null || byline.isBlank() || byline.length() > MAX_LINE || PhotoCues.present(byline)) {
            return List.of();
        }
        String text = LABEL.matcher(byline.strip()).replaceFirst("");
        List<Target> credits = text.equals(byline.strip()) ? agencyRole(view, text).stream().toList()
                : credits(view, text);
        return credits.stream().map(t -> Findings.outside(byline.strip(), Findings.BYLINE, AttributionKind.WIRE_CREDIT,
                t, 0.75, ID, "The byline credits " + t.name() + ".")).toList();
    }

    private static List<Target> credits(ArticleView view, String text) {
        if (UNNAMED.matcher(text).matches()) {
            return List.of(Targets.agencies(text));
        }
        Matcher from = FROM.matcher(text);
        if (from.matches()) {
            return view.targets().agency(from.group("names")).stream().toList();
        }
        if (!NAMES.matcher(text).matches()) {
            return List.of(); // "© Reuters" is a copyright line, "(AP)" a dateline: other rules read those
        }
        Optional<Target> alone = view.targets().agency(text)
                .filter(t -> text.contains(" ") || text.equals(text.toUpperCase(java.util.Locale.ROOT))
                        || text.equals(text.toLowerCase(java.util.Locale.ROOT)));
        if (alone.isPresent()) {
            return List.of(alone.get()); // "dpa", "epd": agencies that write their names in lower case
        }
        List<Target> listed = agencyList(view, text);
        if (!listed.isEmpty()) {
            return listed;
        }
        Matcher named = NAME_AND_CREDIT.matcher(text);
        if (named.matches()) {
            Optional<Target> agency = view.targets().agency(named.group("credit"));
            if (agency.isPresent() && view.targets().known(named.group("name")).isEmpty()) {
                return List.of(agency.get());
            }
        }
        Optional<Target> role = agencyRole(view, text);
        return role.isPresent() ? List.of(role.get()) : agencyAndPlace(view, text).stream().toList();
    }

    /** "dpa/AFP", "AFP, Reuters": two agencies or more and nothing else (a photographer's credit names a person). */
    private static List<Target> agencyList(ArticleView view, String text) {
        if (!text.contains("/") && !text.contains(",")) {
            return List.of();
        }
        List<CreditList.Part> parts = CreditList.parse(text, view.targets(), true);
        return parts.size() >= 2 && parts.stream().allMatch(p -> p.target().isPresent())
                ? parts.stream().map(p -> p.target().get()).toList() : List.of();
    }

    /** "dpa-Korrespondentin Hanna Berg": the agency's name glued to a desk word (also read in header lines). */
    static Optional<Target> agencyRole(ArticleView view, String text) {
        Matcher m = AGENCY_ROLE.matcher(text);
        return m.find() ? view.targets().agency(m.group("agency")) : Optional.empty();
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
