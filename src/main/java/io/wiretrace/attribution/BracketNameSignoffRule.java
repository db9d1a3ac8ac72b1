package io.wiretrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story closing with one of the names that credit an agency only in brackets ({@link BracketNames}: Hindi "(भाषा)",
 * Bulgarian "(ДПА)"), alone on the last line or after the last sentence's full stop or danda. Registry names in the
 * same place are {@link SignoffRule}'s. A bracket inside a sentence ("हिंदी और अंग्रेजी (भाषा) दोनों में") is no credit.
 */
final class BracketNameSignoffRule implements Rule {

    static final String ID = "signoff.bracket-name";

    private static final Pattern CLOSING = Pattern.compile(
            "(?:^|(?<=[.।!?]))\\s*[(（](?<name>[^()（）\\n]{2,20})[)）]\\s*[.।]?\\s*$");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        List<Block> blocks = view.blocks();
        if (blocks.size() < 2) {
            return found;
        }
        Block last = blocks.get(blocks.size() - 1);
        Matcher m = CLOSING.matcher(last.text());
        if (m.find() && BracketNames.bracketOnly(m.group("name"))) {
            BracketNames.agency(view, m.group("name")).ifPresent(t -> found.add(Findings.inBody(view,
                    last.start() + m.start(), last.end(), Findings.lineLocation(view, last), AttributionKind.WIRE_CREDIT,
                    t, 0.8, ID, "The story closes with " + m.group("name").strip() + ", " + t.name() + "'s name, in brackets.")));
        }
        return found;
    }
}
