package io.wiretrace.attribution;

import io.wiretrace.attribution.Attribution.Target;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A line above the story that is only agencies' names beside the story's date or time, as bylines and source lines
 * are printed on many sites. Read by the body's head lines ({@link BylineCreditRule}) and the lines between headline
 * and story ({@link HeaderLineRule}). Stateless.
 */
final class DatedCreditLine {

    /** A line no longer than this once its date is gone. */
    private static final int MAX_NAMES = 40;
    /** Only words of names, and the separators of a list. */
    private static final Pattern NAME_WORDS = Pattern.compile("[\\p{L}][\\p{L}.'’ -]*");

    private DatedCreditLine() {
    }

    /**
     * The agencies of a line that is only their names beside a date or time ("Reuters - Friday, January 4, 2008", "4
     * Jan 2008, 2042 hrs IST, PTI", "Posted: January 4, 2008 Source: AP", "Agencies | 8:42 PM"): the date makes it a
     * byline or source line, not a button or a heading; else empty. Every name left must be an agency's.
     */
    static List<Target> agencies(ArticleView view, String line) {
        if (line.length() > 100 || PhotoCues.present(line)) {
            return List.of();
        }
        String name = DateStamps.without(line);
        if (name.equals(line)) {
            return List.of();
        }
        name = SOURCE_LABEL.matcher(BY_WORD.matcher(name).replaceFirst("")).replaceFirst("");
        // the site's own address and the desk's city may stand beside the agency: "Reuters guardian.co.uk",
        // "ANI (New Delhi)", "Posted by Reuters on"
        name = Targets.clean(CONNECTOR_AFTER.matcher(PLACE_AFTER.matcher(DOMAIN.matcher(name).replaceAll(" "))
                .replaceFirst("")).replaceFirst(""));
        if (name.isEmpty() || name.length() > MAX_NAMES || !NAME_WORDS.matcher(name.replaceAll("[,/|&]", " ")).matches()) {
            return List.of();
        }
        List<CreditList.Part> parts = CreditList.parse(name, view.targets(), true);
        if (parts.isEmpty() || parts.get(0).target().isEmpty() || parts.stream().anyMatch(p -> shortWord(p.text()))) {
            return List.of();
        }
        // after the agency, a part it does not name is the desk's place ("Press Trust of India / New Delhi")
        if (!parts.stream().skip(1).allMatch(p -> p.target().isPresent() || p.isInitials() || PLACE.matcher(p.text()).matches())) {
            return List.of();
        }
        return parts.stream().flatMap(p -> p.target().stream()).toList();
    }

    private static final Pattern DOMAIN = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}.])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}(?![\\p{L}\\p{N}])");
    private static final Pattern PLACE_AFTER = Pattern.compile("(?u)\\s*\\(\\p{Lu}[\\p{L} .'’-]{1,30}\\)?\\s*$");
    private static final Pattern CONNECTOR_AFTER = Pattern.compile("(?iu)\\s+(?:on|at|am|le|el|il)\\s*$");
    private static final Pattern PLACE = Pattern.compile("(?u)\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2}");

    /**
     * One short word in name case ("Mehr", German for "more", is also an agency's name): a menu or a section beside
     * a date as often as a credit. Capitals ("AFP"), lower case ("dpa") and longer names ("Reuters") stand.
     */
    private static boolean shortWord(String text) {
        return !text.contains(" ") && text.length() < 5 && Character.isUpperCase(text.codePointAt(0))
                && !text.equals(text.toUpperCase(Locale.ROOT));
    }

    private static final Pattern BY_WORD = Pattern.compile(
            "(?iu)^(?:(?:posted|published|filed|written|reported)\\s+by|by|from|par|por|von|door|af|av)\\s+");
    private static final Pattern SOURCE_LABEL = Pattern.compile("(?iu)^(?:" + SourceLabelRule.ANY_LABEL + ")\\s*:\\s*");
}
