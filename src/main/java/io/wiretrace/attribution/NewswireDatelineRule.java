package io.wiretrace.attribution;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Datelines of newswires and press-release wires, which put the wire's name between slashes or dashes rather than in
 * brackets: "NEW YORK, USA - Media OutReach Newswire - 30 April 2024 -", "WASHINGTON, Jan. 5, 2024 /PRNewswire/ --",
 * "TORONTO, May 2 /CNW/ -" (a dash after the slashes: "JANE ROE/AFP/" is a photo credit). Only the first lines
 * count, the place must open the line in capitals, and the name must be a registry wire agency.
 */
final class NewswireDatelineRule implements Rule {

    static final String ID = "dateline.newswire";

    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}{2,}[\\p{L}.,' ]{0,40}?(?:,\\s*[\\p{L}.]+\\.?\\s*\\d{1,2}(?:,\\s*\\d{4})?)?\\s*"
                    + "(?:/(?<slashed>[\\p{L}][\\p{L}\\p{N}. -]{1,40}?)/\\s*[-–—]{1,2}|\\s[-–—]{1,2}\\s(?<dashed>[\\p{L}][\\p{L}\\p{N}. ]{1,40}?)\\s[-–—]{1,2}\\s)");

    @Override
    public List<Attribution> apply(ArticleView view) {
        return OpeningDatelines.first(view, DATELINE, m -> view.targets().agency(
                m.group("slashed") != null ? m.group("slashed") : m.group("dashed")), ID, "newswire dateline");
    }
}
