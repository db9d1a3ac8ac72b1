package io.wiretrace.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a client names a story: by the story's id ({@code story:article:12}) or by any of its articles ({@code 12},
 * {@code article:12}). One reader for the API and the web pages.
 */
public final class StoryRef {

    private static final Pattern FORM = Pattern.compile("(?:story:)?(?:article:)?([0-9]{1,18})");

    private StoryRef() {
    }

    /**
     * @return the article the reference names
     * @throws InvalidInput naming {@code id} for anything else ("story:foo:1", "0", a number past a long)
     */
    public static long articleOf(String ref) {
        Matcher m = FORM.matcher(ref == null ? "" : ref.strip());
        if (m.matches() && Long.parseLong(m.group(1)) > 0) {
            return Long.parseLong(m.group(1));
        }
        throw new InvalidInput("id", "story id '" + ref + "' is not a story or article id such as "
                + "'story:article:12', 'article:12' or '12'");
    }
}
