package io.wiretrace.watch;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a source's document is; the wire name is the one stored and shown. */
public enum SourceKind {
    RSS, ATOM, RDF, JSON_FEED, SITEMAP, SITEMAP_INDEX, NEWS_SITEMAP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SourceKind> ofWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName().equals(name)).findFirst();
    }

    public boolean isSitemap() {
        return this == SITEMAP || this == SITEMAP_INDEX || this == NEWS_SITEMAP;
    }
}
