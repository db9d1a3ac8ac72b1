package io.wiretrace.extract;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one list of words that label the source of a news text ("Source", "Quelle", "Fuente", "来源"), read from the
 * data file {@code attribution/source-labels.tsv} (language, a tab, the label; {@code #} comments). The extractor
 * reads it to keep source lines as bylines, the attribution rules to read them. Immutable and thread-safe.
 */
public final class SourceLabels {

    private static final String RESOURCE = "/attribution/source-labels.tsv";

    /** The labels, lower case, in file order. */
    public static final List<String> LABELS = DataFile.entries(RESOURCE);

    /** Any of {@link #LABELS} as a regex alternation, longest first ("fonte originale" before "fonte"); compile it case-insensitive. */
    public static final String ANY = LABELS.stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(Collectors.joining("|"));

    private SourceLabels() {
    }
}
