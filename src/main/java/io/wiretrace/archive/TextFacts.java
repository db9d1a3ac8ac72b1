package io.wiretrace.archive;

import java.util.Optional;
import org.netpreserve.jwarc.WarcRecord;

/**
 * What a text received without a page says of itself beyond its words (its publisher, title and publication time),
 * carried in a {@code resource} record's WARC extension fields so that an exported case imported again yields the
 * same articles, not outlet-less copies of them. Any value may be null.
 *
 * @param outlet      the outlet's name, as a client names it
 * @param title       the title
 * @param publishedAt the publication time (ISO-8601), as given
 */
public record TextFacts(String outlet, String title, String publishedAt) {

    public static final TextFacts NONE = new TextFacts(null, null, null);
    static final String OUTLET = "Wiretrace-Outlet";
    static final String TITLE = "Wiretrace-Title";
    static final String PUBLISHED_AT = "Wiretrace-Published-At";

    /** The facts a record's fields carry. */
    static TextFacts of(WarcRecord record) {
        return new TextFacts(field(record, OUTLET), field(record, TITLE), field(record, PUBLISHED_AT));
    }

    private static String field(WarcRecord record, String name) {
        Optional<String> value = record.headers().first(name);
        return value.map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }

    /** A value as one header line: line breaks become spaces. */
    static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ").strip();
    }
}
