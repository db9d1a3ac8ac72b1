package io.wiretrace.attribution;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Wire datelines in scripts without capital letters, which {@link DatelineRule} cannot tell from a sentence by case:
 * Arabic "القاهرة (رويترز) -", "بيروت - (أ ف ب):" and Hindi "नई दिल्ली, 5 मार्च (भाषा)", "नई दिल्ली, 5 मार्च
 * (आईएएनएस)।". One to three words of place, perhaps a date after a comma, the agency in brackets ({@link BracketNames}),
 * then a dash, colon or danda, or, after a dated place, the story; a bracket-only name needs the date. Only the body's
 * first lines count.
 */
final class UncasedDatelineRule implements Rule {

    static final String ID = "dateline.uncased-script";

    private static final String WORD = "[\\p{IsArabic}\\p{IsDevanagari}][\\p{IsArabic}\\p{IsDevanagari}\\p{M}]*";
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>" + WORD + "(?:\\s+" + WORD + "){0,2})"
                    // the day and month: "، 5 مارس", ", 5 मार्च", ", पांच मार्च"
                    + "(?<date>\\s*[,،]\\s*[\\p{N}\\p{L}\\p{M}]{1,12}\\s+" + WORD + ")?"
                    + "\\s*(?:[-–—]\\s*)?[(（](?<credit>[^()（）\\n]{2,30})[)）]"
                    + "(?<after>\\s*[-–—:：।]+|\\s+(?=\\S))");

    @Override
    public List<Attribution> apply(ArticleView view) {
        return OpeningDatelines.first(view, DATELINE, m -> {
            boolean bracketOnly = BracketNames.bracketOnly(m.group("credit"));
            if (m.group("date") == null && (m.group("after").isBlank() || bracketOnly)) {
                // an undated place with the story straight after the bracket is a gloss, not a dateline; a name that
                // is a common word too ("भाषा") counts only in the full dateline, with its date
                return Optional.empty();
            }
            return BracketNames.agency(view, m.group("credit"));
        }, ID);
    }
}
