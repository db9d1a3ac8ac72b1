package io.wiretrace.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates of one sentence: "March 14, 2025", "14 March", "March 2025", "2025-03-14", a month alone ("in
 * March"; "May" only before a day or year or after "in"), a weekday, a year 1900–2099 alone. Relative dates ("last
 * week", "earlier this month") are not read. Stateless.
 */
final class DateMentions {

    /** A date as written, with the parts it states (null when not stated). */
    record DateMention(FactSpans.Span span, Integer year, Integer month, Integer day, String weekday) {

        /** Whether the two state at least one part of the same kind. */
        boolean comparable(DateMention o) {
            return year != null && o.year != null || month != null && o.month != null || day != null && o.day != null
                    || weekday != null && o.weekday != null;
        }

        /** Whether a part both state differs. */
        boolean contradicts(DateMention o) {
            return differ(year, o.year) || differ(month, o.month) || differ(day, o.day) || differ(weekday, o.weekday);
        }

        /** The same parts with the same values. */
        boolean same(DateMention o) {
            return java.util.Objects.equals(year, o.year) && java.util.Objects.equals(month, o.month)
                    && java.util.Objects.equals(day, o.day) && java.util.Objects.equals(weekday, o.weekday);
        }

        private static boolean differ(Object a, Object b) {
            return a != null && b != null && !a.equals(b);
        }
    }

    private static final String MONTH = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December";
    private static final Pattern DATE = Pattern.compile("\\b(?:"
            + "(?<m1>" + MONTH + ")\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y1>(?:19|20)\\d\\d))?"
            + "|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>" + MONTH + ")(?:,?\\s+(?<y2>(?:19|20)\\d\\d))?"
            + "|(?<m3>" + MONTH + "),?\\s+(?<y3>(?:19|20)\\d\\d)"
            + "|(?<y4>(?:19|20)\\d\\d)-(?<m4>\\d\\d)-(?<d4>\\d\\d)"
            + "|(?<m5>(?!May\\b)(?:" + MONTH + ")|(?<=\\b(?i:in|since|until|by|of) )May)"
            + "|(?<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "|(?<![\\d,.$€£-])(?<y5>(?:19|20)\\d\\d)(?![\\d,%]|\\.\\d|\\s?(?i:percent|per cent|million|billion)\\b)"
            + ")\\b");
    private static final List<String> MONTHS = List.of(MONTH.toLowerCase(Locale.ROOT).split("\\|"));

    private DateMentions() {
    }

    static List<DateMention> find(String sentence) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATE.matcher(sentence);
        while (m.find()) {
            FactSpans.Span span = new FactSpans.Span(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end());
            out.add(new DateMention(span, number(m, "y1", "y2", "y3", "y4", "y5"), month(m), number(m, "d1", "d2", "d4"),
                    m.group("w") == null ? null : m.group("w").toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** The spans of the dates found, so their digits are not read as figures. */
    static List<FactSpans.Span> spans(List<DateMention> dates) {
        return dates.stream().map(DateMention::span).toList();
    }

    private static Integer month(Matcher m) {
        for (String g : List.of("m1", "m2", "m3", "m5")) {
            if (m.group(g) != null) {
                return MONTHS.indexOf(m.group(g).toLowerCase(Locale.ROOT)) + 1;
            }
        }
        return m.group("m4") == null ? null : Integer.valueOf(m.group("m4"));
    }

    private static Integer number(Matcher m, String... groups) {
        for (String g : groups) {
            if (m.group(g) != null) {
                return Integer.valueOf(m.group(g));
            }
        }
        return null;
    }
}
