package io.wiretrace.web;

import java.util.Optional;

/**
 * Where a form may send the browser afterwards (a login's {@code next}, a verdict's {@code back}): only a path of this
 * site, never another origin ("//evil.example", "/\evil.example"), nor anything with control characters or longer
 * than a link may be.
 */
final class LocalPaths {

    private LocalPaths() {
    }

    /** The path when it is one of this site's, else empty. */
    static Optional<String> of(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.length() <= Shorten.HREF && path.chars().noneMatch(Character::isISOControl)
                ? Optional.of(path) : Optional.empty();
    }
}
