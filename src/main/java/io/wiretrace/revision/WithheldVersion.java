package io.wiretrace.revision;

import io.wiretrace.extract.TextMeasure;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a version that is not the article but something standing in front of it: an error page (by its title),
 * or a consent wall, paywall or login wall (a page that lost most of the article's words and asks to accept,
 * subscribe or sign in). Such a version is no revision: the stored one stays current. Immutable and thread-safe.
 */
public final class WithheldVersion {

    /** A version with fewer than this share of the previous version's words may be a wall. */
    static final double WALL_MAX_SHARE = 0.5;

    private static final Pattern ERROR_TITLE = Pattern.compile("(?i)^\\s*(\\d{3}\\b|page not found|not found|"
            + "access denied|forbidden|error\\b|service unavailable|just a moment|attention required|"
            + "page unavailable|something went wrong)");
    private static final List<String> WALL_PHRASES = List.of("subscribe to continue", "subscribe to read",
            "continue reading", "already a subscriber", "subscribers only", "for subscribers", "sign in to continue",
            "log in to continue", "register to continue", "create a free account", "we use cookies",
            "accept cookies", "accept all cookies", "cookie settings", "your consent", "manage your privacy",
            "privacy choices", "page not found", "access denied", "temporarily unavailable");

    /** Why {@code next} is withheld content rather than a new version of {@code previous}, or empty. */
    public Optional<String> reason(RevisionContent previous, RevisionContent next) {
        if (next.title() != null && ERROR_TITLE.matcher(next.title()).find()) {
            return Optional.of("the page is an error page (title '" + next.title().strip() + "')");
        }
        int before = TextMeasure.words(previous.bodyText());
        int after = TextMeasure.words(next.bodyText());
        if (before == 0 || after >= before * WALL_MAX_SHARE) {
            return Optional.empty();
        }
        String body = next.bodyText().toLowerCase(Locale.ROOT);
        return WALL_PHRASES.stream().filter(body::contains).findFirst()
                .map(phrase -> "the page shows a wall, not the article: " + after + " words instead of " + before
                        + ", saying '" + phrase + "'");
    }
}
