package io.wiretrace.attribution;

import io.wiretrace.extract.DataFile;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dates and times that pages print on the same line as a credit: "Reuters - Friday, January 4, 2008", "4 Jan
 * 2008, 2042 hrs IST, PTI", "By JANE ROE, Associated Press Writer 1 hour ago", "Associated Press Last updated:
 * January 4, 2008". {@link #without} removes them with their labels ("Posted:", "Aktualisiert am") and the separators
 * around them, so that what is left can be read as a byline or a credit. A month or weekday name counts only inside
 * a date (with a day or a year beside it): "The Sun" keeps its name. Month, weekday and label words come from
 * {@code attribution/date-words.tsv}. Stateless.
 */
final class DateStamps {

    private static final String RESOURCE = "/attribution/date-words.tsv";
    private static final char MARK = '\u0000';

    private static final Pattern STAMP;
    private static final StampOpenings OPENINGS;
    /**
     * What every stamp holds (a day, year, hour or count, or one of the dateless "ago" words, with the same flags):
     * a line without it has no stamp, and the slow search is skipped.
     */
    private static final Pattern CLUE = Pattern.compile("(?iu)\\d|yesterday|today|just now");
    private static final Pattern AROUND_MARK = Pattern.compile("[\\s,;|·•/–—-]*(?:\u0000[\\s,;|·•/–—-]*)+");

    static {
        List<String> lines = DataFile.lines(RESOURCE);
        List<String> labelWords = words(lines, true);
        List<String> nameWords = words(lines, false);
        String labels = alternatives(labelWords);
        String names = alternatives(nameWords);
        String ordinal = "(?:st|nd|rd|th|\\.)?";
        String day = "\\d{1,2}" + ordinal + "(?![:.]?\\d)"; // not the hour of "Friday 10:42"
        String year = "(?:'\\d{2}|\\d{4})";
        String name = "(?:" + names + ")\\.?";
        String weekday = "(?:(?:" + names + ")\\.?,?\\s+)?";
        String date = weekday + "(?:" + name + "\\s+" + day + "(?:,?\\s+" + year + ")?"
                + "|" + day + "\\s+(?:de\\s+)?" + name + "(?:,?\\s+(?:de\\s+)?" + year + ")?"
                + "|" + name + "\\s+" + year
                + "|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2}))";
        String zone = "(?:\\s*(?:[ECMPA][SD]?T|GMT|UTC|IST|BST|CES?T|MES?Z|AE[SD]T|AC[SD]T|AW[SD]T|NZ[SD]T|HKT|SGT|JST"
                + "|KST|WIB|Uhr|h))?";
        String time = "(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?\\s?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.|\\d{1,2}\\s*[ap]m"
                + "|\\d{3,4}\\s*hrs?\\.?)" + zone;
        String ago = "(?:(?:\\d+\\s*(?:min(?:ute)?s?|m|hours?|hrs?|h|days?|d|weeks?|wks?|months?)\\s*){1,2}ago"
                + "|yesterday|today|just now)";
        String one = "(?:" + date + "|" + time + "|" + ago + ")";
        String label = "(?:(?:" + labels + ")\\s*(?:on|at|am|um|le|el|il|em|op|den|:)?\\s*:?\\s*)?";
        // "The Sun, March 3": a weekday's short name after "the" is a title's word
        // after a date, a weekday may follow it ("04 Ocak 2024 Perşembe 10:42")
        String more = "(?:" + one + "|" + name + ")";
        OPENINGS = StampOpenings.of(Stream.of(labelWords, nameWords, List.of("yesterday", "today", "just now"))
                .flatMap(List::stream).toList());
        STAMP = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?<!\\bthe\\s)" + label + one
                + "(?:\\s*(?:,|at|um|à|a las|-|–|\\|)?\\s*" + more + ")*(?![\\p{L}\\p{N}])");
    }

    private DateStamps() {
    }

    /** The line without its dates, times and their labels; the line itself when it holds none. */
    static String without(String line) {
        if (!CLUE.matcher(line).find()) {
            return line;
        }
        String marked = marked(line);
        if (marked == null) {
            return line;
        }
        String joined = AROUND_MARK.matcher(marked).replaceAll(" | ").strip();
        return Targets.clean(joined);
    }

    /**
     * {@code STAMP.matcher(line).replaceAll(MARK)}, or null when nothing matches, with the pattern tried only where a
     * stamp can open ({@link StampOpenings}): the pattern's long word lists made every word of a paragraph costly.
     */
    private static String marked(String line) {
        Matcher m = STAMP.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder out = null;
        int copied = 0;
        int at = 0;
        while (at < line.length()) {
            if (OPENINGS.mayOpen(line, at)) {
                m.region(at, line.length());
                if (m.lookingAt()) {
                    if (out == null) {
                        out = new StringBuilder(line.length());
                    }
                    out.append(line, copied, at).append(MARK);
                    copied = m.end();
                    at = Math.max(m.end(), at + 1);
                    continue;
                }
            }
            at++;
        }
        return out == null ? null : out.append(line, copied, line.length()).toString();
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;|·•/–—-]*");

    /**
     * How many characters of the line a date or time opens, with the separators after it ("5 days ago ", "Jan. 4,
     * 2008 | 8:42 p.m. "); 0 when the line does not open with one.
     */
    static int leading(String line) {
        var m = STAMP.matcher(line);
        if (!OPENINGS.mayOpen(line, 0) || !m.lookingAt()) {
            return 0;
        }
        var sep = SEPARATORS.matcher(line).region(m.end(), line.length());
        return sep.lookingAt() ? sep.end() : m.end();
    }

    /** Whether the line holds a date or time that {@link #without} removes. */
    static boolean stamped(String line) {
        return !without(line).equals(line);
    }

    /** The label or the month and weekday words, longest first (as the pattern tries them). */
    private static List<String> words(List<String> lines, boolean labels) {
        return lines.stream().filter(l -> l.startsWith("label\t") == labels)
                .map(l -> l.substring(l.indexOf('\t') + 1).strip().toLowerCase(Locale.ROOT))
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static String alternatives(List<String> words) {
        return words.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }
}
