package io.wiretrace.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds comparable facts inside one sentence, with offsets into the sentence text: weekday and month names, and
 * quotations (figures and dates: {@link Quantities}, {@link DateMentions}).
 */
final class FactSpans {

    /** A fact: its text as written, the key two facts are compared by, and its offsets in the sentence. */
    record Span(String text, String key, int start, int end) {
    }

    private static final Pattern DATE_WORD = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday|January|February|March|April|May(?=\\s+\\d)|June|July|August|September|October|November"
            + "|December)\\b");
    private static final Pattern QUOTE = Pattern.compile("[“\"«„]([^“”\"«»„\\n]{3,600}?)[”\"»“]");

    private FactSpans() {
    }

    static List<Span> dateWords(String sentence) {
        List<Span> out = new ArrayList<>();
        Matcher m = DATE_WORD.matcher(sentence);
        while (m.find()) {
            out.add(new Span(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return out;
    }

    /** Quotations; the key is left empty (quotes are compared by normalised words, not by key). */
    static List<Span> quotes(String sentence) {
        List<Span> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(sentence);
        while (m.find()) {
            out.add(new Span(m.group(1), "", m.start(1), m.end(1)));
        }
        return out;
    }

    /** Whether {@code [from, to)} lies inside one of {@code quotes} (offsets in the same sentence). */
    static boolean insideQuote(List<Span> quotes, int from, int to) {
        return quotes.stream().anyMatch(q -> from >= q.start() - 1 && to <= q.end() + 1);
    }
}
