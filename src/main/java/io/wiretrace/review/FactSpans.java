package io.wiretrace.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds comparable facts inside one sentence, with offsets into the sentence text: numbers (with an optional
 * qualifier such as "over" or "at least", a currency sign and a scale word, which is part of the value), weekday and
 * month names, and quotations.
 */
final class FactSpans {

    /** A fact: its text as written, the key two facts are compared by, and its offsets in the sentence. */
    record Span(String text, String key, int start, int end) {
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,])"
            + "(?:(?i:over|more than|at least|nearly|almost|about|around|some|up to|under|fewer than|less than|roughly"
            + "|approximately)\\s+)?([$€£]\\s?)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
            + "((?:\\s?%|\\s?(?i:percent|per cent|million|billion|thousand|trillion)\\b))?(?![\\p{L}\\p{N}])");
    private static final Pattern DATE_WORD = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday|January|February|March|April|May(?=\\s+\\d)|June|July|August|September|October|November"
            + "|December)\\b");
    private static final Pattern QUOTE = Pattern.compile("[“\"«„]([^“”\"«»„\\n]{3,600}?)[”\"»“]");

    private FactSpans() {
    }

    static List<Span> numbers(String sentence) {
        List<Span> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            String currency = m.group(1) == null ? "" : m.group(1).strip();
            String scale = m.group(3) == null ? "" : m.group(3).strip().toLowerCase(Locale.ROOT).replace("per cent", "%")
                    .replace("percent", "%");
            out.add(new Span(m.group(), currency + m.group(2).replace(",", "") + scale, m.start(), m.end()));
        }
        return out;
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
