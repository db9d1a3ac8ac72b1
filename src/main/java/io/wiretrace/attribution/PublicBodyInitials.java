package io.wiretrace.attribution;

import io.wiretrace.extract.DataFile;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Initials that name a public body on pages of one language and a news outlet in the registry ("CBS": the Dutch
 * statistics office on a Dutch page, the American network elsewhere), a data file
 * ({@code attribution/public-body-initials.tsv}). Immutable, thread-safe.
 */
final class PublicBodyInitials {

    /** "language TAB initials", both as written. */
    private static final Set<String> ENTRIES = DataFile.lines("/attribution/public-body-initials.tsv").stream()
            .map(l -> l.strip().replaceAll("\\s*\\t\\s*", "\t")).collect(Collectors.toUnmodifiableSet());

    private PublicBodyInitials() {
    }

    /** Whether {@code name} is a public body's initials in the page's language ("nl", "nl-NL"). */
    static boolean publicBody(ArticleView view, String name) {
        return name != null && ENTRIES.contains(view.primaryLanguage() + "\t" + name.strip());
    }
}
