package io.wiretrace.extract;

import java.util.List;

/**
 * Facts read from the page's JSON-LD NewsArticle/Article (or subtype) object. Names are as written in the JSON;
 * URLs absolute where the JSON gives them.
 */
public record JsonLdFacts(
        String type,
        String headline,
        String publisherName,
        String publisherUrl,
        List<String> authors,
        List<String> sourceOrganizations,
        List<String> isBasedOn,
        String copyrightHolder,
        String dateline,
        String datePublished,
        String dateModified) {

    public static final JsonLdFacts EMPTY =
            new JsonLdFacts(null, null, null, null, List.of(), List.of(), List.of(), null, null, null, null);

    public JsonLdFacts {
        authors = authors == null ? List.of() : List.copyOf(authors);
        sourceOrganizations = sourceOrganizations == null ? List.of() : List.copyOf(sourceOrganizations);
        isBasedOn = isBasedOn == null ? List.of() : List.copyOf(isBasedOn);
    }
}
