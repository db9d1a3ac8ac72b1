package io.wiretrace.reuse;

import java.util.Locale;

/**
 * Which shared anchor facts tie two texts to one event for {@code same_story}. Names count (when not common in the
 * store). A quotation counts unless it is a title ("No Country for Old Men", "There Will Be Blood": see {@link #isTitle}),
 * which reviews and award lists of different events share. A number counts only with a
 * measured context, a lowercase content word after it ("136 passengers", "2,000 jobs"), and a value of at least
 * {@value #MIN_VALUE} that is not a year: small counts ("15 points", "11 rebounds"), bare figures (the "101" of a
 * "101-92" score), years and numbers followed by a name or a preposition ("67 to", "2007 World") are shared by chance
 * among reports of one sport, one tournament or one season. Stateless.
 */
final class EventFacts {

    /** Smallest value of a number that ties two reports to one event. */
    static final int MIN_VALUE = 100;

    private EventFacts() {
    }

    static boolean isEventFact(Anchor fact) {
        return switch (fact.kind()) {
            case NAME -> true;
            case QUOTE -> !isTitle(fact.text());
            case NUMBER -> isMeasured(fact.text());
        };
    }

    /**
     * A title: two words or more, no contraction (speech has "He's", "don't"), and every content word after the first
     * capitalised ("No Country for Old Men", "Away from Her").
     */
    static boolean isTitle(String quote) {
        String[] words = quote.strip().split("\\s+");
        if (words.length < 2 || quote.matches(".*\\p{L}['’]\\p{L}.*")) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            String letters = words[i].replaceAll("[^\\p{L}]", "");
            if (!letters.isEmpty() && ContentWords.isContent(letters.toLowerCase(Locale.ROOT))
                    && !Character.isUpperCase(letters.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** @param display the number as written and its context word ("2,000 jobs") */
    static boolean isMeasured(String display) {
        String[] parts = display.strip().split("\\s+", 2);
        if (parts.length < 2 || parts[1].isEmpty() || !Character.isLowerCase(parts[1].charAt(0))
                || !ContentWords.isContent(parts[1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String digits = parts[0].replaceAll("[,\\u00a0 ]", "");
        double value;
        try {
            value = Double.parseDouble(digits.replace(',', '.'));
        } catch (NumberFormatException e) {
            return false;
        }
        boolean year = parts[0].matches("(19|20)\\d\\d"); // "2,000 jobs" is no year
        return value >= MIN_VALUE && !year;
    }
}
