package io.wiretrace.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word query as PostgreSQL full-text search: words are parsed by {@code websearch_to_tsquery} ("quoted phrases",
 * {@code or}, {@code -excluded}) in every text-search configuration the articles are indexed in (an article matches
 * when all words match in its own language's configuration), and runs of CJK characters, which have no spaces between
 * words, as the two-character pairs they are indexed as (migration V20).
 *
 * @param words the query without its CJK runs (blank when there is nothing else)
 * @param cjk   a {@code to_tsquery('simple', …)} expression of the CJK runs' pairs, or null
 */
record SearchQuery(String words, String cjk) {

    /** The configurations of {@code wiretrace_search_config} (migration V20). */
    static final List<String> CONFIGS = List.of("simple", "arabic", "danish", "dutch", "english", "finnish", "french",
            "german", "greek", "hungarian", "indonesian", "irish", "italian", "lithuanian", "nepali", "norwegian",
            "portuguese", "romanian", "russian", "spanish", "swedish", "tamil", "turkish");

    static final Pattern CJK_RUN = Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff]+");
    private static final Pattern EXCLUSION = Pattern.compile("(^|\\s)-");
    private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{N}]");

    static SearchQuery of(String query) {
        List<String> pairs = new ArrayList<>();
        Matcher m = CJK_RUN.matcher(query);
        while (m.find()) {
            String run = m.group();
            if (run.length() == 1) {
                pairs.add("'" + run + "':*"); // a lone character: any pair starting with it
            }
            for (int i = 0; i + 2 <= run.length(); i++) {
                pairs.add("'" + run.substring(i, i + 2) + "'");
            }
        }
        String rest = CJK_RUN.matcher(query).replaceAll(" ").strip();
        return new SearchQuery(rest, pairs.isEmpty() ? null : String.join(" & ", pairs));
    }

    /** True when the query holds something to search for. */
    boolean searchable() {
        return cjk != null || hasWords();
    }

    /**
     * The tsquery of any configuration, with parameters {@code :words} and {@code :cjk} (see {@link #bind}): what the
     * index is searched with. An article it finds may match only in another language's configuration (an excluded
     * {@code -word} stems differently there), so {@link #inOwnLanguage} rechecks each.
     */
    String sql() {
        // each configuration's query, once: most words parse alike in most configurations
        return combine(hasWords(), List.of("coalesce((SELECT string_agg(DISTINCT '(' || t::text || ')', ' | ')::tsquery "
                + "FROM (SELECT websearch_to_tsquery(c::regconfig, :words) AS t FROM unnest(ARRAY['"
                + String.join("', '", CONFIGS) + "']) c) parsed WHERE numnode(t) > 0), ''::tsquery)"));
    }

    /** True when a match in another configuration may not be one in the article's own: an excluded word. */
    boolean needsRecheck() {
        return hasWords() && EXCLUSION.matcher(words).find();
    }

    /**
     * A JSON object of each configuration's tsquery text ({@code {"english": "'vote' & !'ballot'", …}}), with parameter
     * {@code :words} (an empty text where the words parse to nothing). Computed once per query, so the recheck of
     * {@link #inOwnLanguage} looks up its configuration's query instead of parsing the words for every match.
     */
    String perConfigurationSql() {
        return "(SELECT jsonb_object_agg(c, websearch_to_tsquery(c::regconfig, :words)::text) FROM unnest(ARRAY['"
                + String.join("', '", CONFIGS) + "']) c)::text";
    }

    /**
     * The tsquery in the configuration of the article's own language (column {@code language}), looked up in the
     * parameter {@code :own} (the text of {@link #perConfigurationSql}); with {@code :cjk} as {@link #bindOwn} binds them.
     */
    String inOwnLanguage(String language) {
        return combine(hasWords(), List.of("CAST(CAST(:own AS jsonb) ->> CAST(wiretrace_search_config(" + language
                + ") AS text) AS tsquery)"));
    }

    private boolean hasWords() {
        return WORD_CHARACTER.matcher(words).find();
    }

    private String combine(boolean hasWords, List<String> wordQueries) {
        List<String> parts = new ArrayList<>();
        if (hasWords) {
            parts.add("(" + String.join(" || ", wordQueries) + ")");
        }
        if (cjk != null) {
            parts.add("to_tsquery('simple', :cjk)");
        }
        return String.join(" && ", parts);
    }

    void bind(jakarta.persistence.Query query) {
        if (hasWords()) {
            query.setParameter("words", words);
        }
        bindCjk(query);
    }

    /** Binds the parameters of {@link #inOwnLanguage}: {@code own}, the text of {@link #perConfigurationSql}. */
    void bindOwn(jakarta.persistence.Query query, String own) {
        if (hasWords()) {
            query.setParameter("own", own);
        }
        bindCjk(query);
    }

    private void bindCjk(jakarta.persistence.Query query) {
        if (cjk != null) {
            query.setParameter("cjk", cjk);
        }
    }
}
