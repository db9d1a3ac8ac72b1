package io.wiretrace.attribution;

import java.util.regex.Pattern;

/**
 * A US state, Canadian province or Indian state code in a byline after the place it belongs to, which names no agency:
 * "Harrisburg, PA" is not PA Media, "Vijayawada, AP" (Andhra Pradesh) not the Associated Press. Stateless.
 */
final class StateCodes {

    /** US states' and Canadian provinces' codes, and AP for Andhra Pradesh. */
    private static final Pattern STATE_CODE = Pattern.compile(
            "A[LKZRP]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|"
                    + "W[AVIY]|AB|BC|MB|NB|NL|NS|ON|PE|QC|SK");
    static final Pattern ONE_WORD_PLACE = Pattern.compile("\\p{Lu}[\\p{L}.'’-]+");

    /** Two or three capitalised words: "Harbour City", "Ann Arbor", "Salt Lake City". */
    private static final Pattern PLACE_WORDS = Pattern.compile("\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,2}");
    /** A writer who filed from a place: "Jane Roe in Vijayawada". */
    private static final Pattern FILED_FROM =
            Pattern.compile("(?u)\\sin\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2}$");

    /**
     * A US state or Canadian province code after the place it belongs to: "Harrisburg, PA", "By Jane Roe | Harbour
     * City, PA", "Jane Roe in Vijayawada, AP" (an Indian state's code). A name of several words before the code is a
     * place when it is not the writer's: a later part of the byline, or a first part that is no person's name on a
     * line without "By" ("Harbour City, PA" as a line of its own; "Jane Roe, PA" and "By Xiang Li, PA" credit PA Media).
     */
    static boolean afterPlace(ArticleView view, String part, String[] parts, int i,
            boolean writerPrefix) {
        String previous = Targets.clean(parts[i - 1]);
        if (!STATE_CODE.matcher(part).matches() || view.targets().known(previous).isPresent()) {
            return false; // "By Reuters, AP": two agencies
        }
        if (ONE_WORD_PLACE.matcher(previous).matches() || FILED_FROM.matcher(previous).find()) {
            return true;
        }
        if (!PLACE_WORDS.matcher(previous).matches()) {
            return false;
        }
        // a first part of several words is the writer's name on a line with "By", and for "AP", which a writer's line
        // without "By" prints as often ("Xiang Li, AP")
        return i > 1 || !writerPrefix && !part.equals("AP") && !PersonNames.isPerson(previous);
    }

    /**
     * Whether the byline uses {@code code} as the state of a place ("By Jane Roe | Harbour City, PA", "Jane Roe
     * (Vijayawada, AP)"): an author list split from it then holds the code alone, which credits no agency.
     */
    static boolean named(ArticleView view, String byline, String code) {
        if (!STATE_CODE.matcher(code).matches()) {
            return false;
        }
        String read = byline.strip().replaceAll("^\\(|\\)$", "").replaceAll("\\s*[()]\\s*", ", ");
        String unprefixed = BylineParser.PREFIX.matcher(read).replaceFirst("");
        String[] parts = BylineParser.SPLIT.split(unprefixed);
        for (int i = 1; i < parts.length; i++) {
            if (Targets.clean(parts[i]).equals(code)
                    && afterPlace(view, code, parts, i, unprefixed.length() < read.length())) {
                return true;
            }
        }
        return false;
    }

    private StateCodes() {
    }
}
