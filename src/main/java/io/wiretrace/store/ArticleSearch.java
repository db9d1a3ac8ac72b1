package io.wiretrace.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wiretrace.article.ArticleFilter;
import io.wiretrace.url.UrlIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds article ids on indexes only: words through the full-text index (ranked by {@code ts_rank_cd}, title words
 * weigh more, among the newest {@link #RANKED_UP_TO} matches), URL on the url/final/canonical/key indexes, outlet on (outlet, id); newest first when no words are
 * given. Totals are exact up to {@link #EXACT_TOTAL_UP_TO} (for words: below {@link #RANKED_UP_TO}, the matches
 * ranked) and estimated by the planner beyond, so a common word never makes the count read every match. Callers own the transaction.
 */
@ApplicationScoped
public class ArticleSearch {

    /** Word queries rank the newest this many matches (a page beyond them is empty). */
    public static final int RANKED_UP_TO = 2000;
    /** Totals are exact up to this many matches. */
    public static final int EXACT_TOTAL_UP_TO = 1000;
    /** Memory a word search may use for its bitmaps and sorts, in its own transaction only. */
    static final String SEARCH_WORK_MEM = "32MB";
    /** Snippets are cut from the start of the body: ts_headline re-parses the text it is given. */
    private static final int SNIPPET_SOURCE_CHARS = 20_000;
    static final char MARK_START = '\uE000';
    static final char MARK_END = '\uE001';

    private final EntityManager em;
    private final ObjectMapper mapper = new ObjectMapper();

    public ArticleSearch(EntityManager em) {
        this.em = em;
    }

    /** One page of ids, best first. */
    record Ids(List<Long> ids, long total, boolean exact) {
    }

    Ids find(ArticleFilter filter, int page, int size) {
        return find(filter, page, size, NewestWindow::bounds);
    }

    /** Where the newest matches are looked for first ({@link NewestWindow#bounds}); tests choose their own. */
    interface Spans {
        List<Long> bounds(long wanted, long estimated, Long minId, Long maxId);
    }

    Ids find(ArticleFilter filter, int page, int size, Spans spans) {
        if (filter.words() == null) {
            return list(filter, page, size);
        }
        SearchQuery words = SearchQuery.of(filter.words());
        if (!words.searchable()) {
            return new Ids(List.of(), 0, true);
        }
        // a word in 10% of a million articles is a bitmap of 100,000 rows: within 4 MB (PostgreSQL's default) it turns
        // lossy by page, and every article of those pages is read again to recheck it (11× the reads at 1M); no JIT:
        // a search's plan costs enough to have its expressions compiled (50–500 ms at 1M), which it never earns back
        em.createNativeQuery("SELECT set_config('work_mem', '" + SEARCH_WORK_MEM + "', true), "
                + "set_config('jit', 'off', true)").getSingleResult();
        Parsed parsed = parse(words);
        String relaxed = PhraseWindow.relaxed(parsed.tsquery());
        return relaxed != null ? findPhrase(filter, parsed, relaxed, page, size)
                : findWords(filter, parsed, page, size, spans);
    }

    /** Newest first, counted up to {@link #EXACT_TOTAL_UP_TO}. */
    private Ids list(ArticleFilter filter, int page, int size) {
        String from = from(filter, (Parsed) null);
        Query select = em.createNativeQuery("SELECT a.id " + from
                + " ORDER BY a.created_at DESC, a.id DESC LIMIT :limit OFFSET :offset", Long.class);
        bind(select, filter, null);
        select.setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<Long> ids = select.getResultList();

        Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 " + from + " LIMIT :bound) m", Long.class);
        bind(count, filter, null);
        long counted = ((Number) count.setParameter("bound", EXACT_TOTAL_UP_TO + 1).getSingleResult()).longValue();
        if (counted <= EXACT_TOTAL_UP_TO) {
            return new Ids(ids, counted, true);
        }
        return new Ids(ids, Math.max(counted, estimate(from, q -> bind(q, filter, null))), false);
    }

    /**
     * Words, ranked among the newest {@link #RANKED_UP_TO} matches (a word in most articles would otherwise have every
     * one of them ranked); those matches are the count too, exact when fewer, the planner's estimate beyond. The
     * matches are found newest first within a {@link NewestWindow} when the planner expects many more, and carry their
     * row address to the ranking, which reads the search_vector of those it ranks only.
     */
    private Ids findWords(ArticleFilter filter, Parsed words, int page, int size, Spans spans) {
        String from = from(filter, words);
        String indexed = from(filter, List.of("a.search_vector @@ CAST(:tsq AS tsquery)"));
        long estimated = estimate(indexed, q -> bind(q, filter, null).setParameter("tsq", words.tsquery()));
        List<Long> bounds = spans.bounds(RANKED_UP_TO, estimated, words.minId(), words.maxId());
        Query select = em.createNativeQuery("WITH " + newest("candidates", "ctid", from, RANKED_UP_TO, bounds)
                + " " + rankedPage("SELECT m.id, b.search_vector FROM candidates m JOIN article b ON b.ctid = m.c",
                "(SELECT count(*) FROM candidates), 0"));
        bind(select, filter, words);
        Counted found = counted(select, page, size);
        if (found.first() < RANKED_UP_TO) {
            return new Ids(found.ids(), found.first(), true);
        }
        return new Ids(found.ids(), Math.max(found.first(), estimated), false);
    }

    /**
     * A quoted phrase, its word positions checked in the newest {@link PhraseWindow#SIZE} articles that hold all its
     * words (found on the index alone), ranked among the newest {@link #RANKED_UP_TO} of those that match. The total is
     * exact when fewer articles hold the words; beyond, the share of matches in the window times the planner's
     * estimate of the articles holding the words. The window's rows carry their search_vector (each is checked).
     */
    private Ids findPhrase(ArticleFilter filter, Parsed words, String relaxed, int page, int size) {
        String holding = from(filter, List.of("a.search_vector @@ CAST(:relaxed AS tsquery)"));
        Consumer<Query> bindHolding = q -> bind(q, filter, null).setParameter("relaxed", relaxed);
        Query select = em.createNativeQuery("WITH " + newest("w", "search_vector", holding, PhraseWindow.SIZE, List.of())
                + ", h AS MATERIALIZED (SELECT id, c AS search_vector FROM w WHERE c @@ CAST(:tsq AS tsquery)) "
                + rankedPage("SELECT id, search_vector FROM h ORDER BY id DESC LIMIT " + RANKED_UP_TO,
                "(SELECT count(*) FROM w), (SELECT count(*) FROM h)"));
        bindHolding.accept(select);
        select.setParameter("tsq", words.tsquery());
        Counted found = counted(select, page, size);
        long windowed = found.first();
        long matched = found.second();
        if (windowed < PhraseWindow.SIZE) {
            return new Ids(found.ids(), matched, true);
        }
        long holdingEstimate = estimate(holding, bindHolding);
        return new Ids(found.ids(), Math.max(matched, Math.round((double) matched * holdingEstimate / windowed)), false);
    }

    /**
     * Common table expressions ending in {@code name}: the id and {@code column} of article {@code a} (as {@code c}) of
     * the newest {@code limit} rows of {@code from} (a FROM clause with a WHERE). With {@link NewestWindow} bounds, the
     * rows above the first are read first, each next span only while fewer than {@code limit} are found; the rows are
     * the same.
     */
    private static String newest(String name, String column, String from, int limit, List<Long> bounds) {
        String rows = "SELECT a.id, a." + column + " AS c " + from;
        String order = " ORDER BY a.id DESC LIMIT " + limit + ")";
        if (bounds.isEmpty()) {
            return name + " AS MATERIALIZED (" + rows + order;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder ctes = new StringBuilder();
        for (int i = 0; i <= bounds.size(); i++) {
            String part = name + "_" + i;
            String above = i < bounds.size() ? " AND a.id > " + bounds.get(i) : "";
            String atOrBelow = i > 0 ? " AND a.id <= " + bounds.get(i - 1) : "";
            String unfilled = parts.isEmpty() ? "" : " AND " + String.join(" + ", parts.stream()
                    .map(p -> "(SELECT count(*) FROM " + p + ")").toList()) + " < " + limit;
            ctes.append(part).append(" AS MATERIALIZED (").append(rows).append(above).append(atOrBelow).append(unfilled)
                    .append(order).append(", ");
            parts.add(part);
        }
        return ctes + name + " AS MATERIALIZED (" + String.join(" UNION ALL ", parts.stream()
                .map(p -> "SELECT id, c FROM " + p).toList()) + " ORDER BY id DESC LIMIT " + limit + ")";
    }

    /**
     * One page of {@code source}'s rows (id, search_vector) ranked by {@code ts_rank_cd} against {@code :tsq}, each
     * row with two {@code counts}; when the page is empty, one row of a null id and the counts.
     */
    private static String rankedPage(String source, String counts) {
        return "SELECT p.id, " + counts + " FROM (SELECT 1) one LEFT JOIN (SELECT id, ts_rank_cd(search_vector, "
                + "CAST(:tsq AS tsquery)) AS rank FROM (" + source + ") s ORDER BY rank DESC, id DESC "
                + "LIMIT :limit OFFSET :offset) p ON true ORDER BY p.rank DESC, p.id DESC";
    }

    /** A page of ids with the two counts of {@link #rankedPage}. */
    private record Counted(List<Long> ids, long first, long second) {
    }

    private static Counted counted(Query select, int page, int size) {
        select.setParameter("limit", size).setParameter("offset", (long) page * size);
        List<Long> ids = new ArrayList<>();
        long first = 0;
        long second = 0;
        for (Object row : select.getResultList()) {
            Object[] columns = (Object[]) row;
            if (columns[0] != null) {
                ids.add(((Number) columns[0]).longValue());
            }
            first = ((Number) columns[1]).longValue();
            second = ((Number) columns[2]).longValue();
        }
        return new Counted(ids, first, second);
    }

    /** Highlighted passages of these articles for the query, words marked by {@link #MARK_START}/{@link #MARK_END}. */
    Map<Long, String> snippets(List<Long> ids, String query) {
        SearchQuery words = SearchQuery.of(query);
        if (ids.isEmpty() || !words.searchable()) {
            return Map.of();
        }
        Query select = em.createNativeQuery(with(words) + "SELECT a.id, ts_headline(wiretrace_search_config(a.language), "
                + "left(a.body_text, " + SNIPPET_SOURCE_CHARS + "), q.query, 'StartSel=" + MARK_START + ", StopSel="
                + MARK_END + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"') "
                + "FROM article a, q WHERE a.id IN (:ids)");
        words.bind(select);
        select.setParameter("ids", ids);
        Map<Long, String> snippets = new HashMap<>();
        for (Object row : select.getResultList()) {
            Object[] columns = (Object[]) row;
            snippets.put(((Number) columns[0]).longValue(), (String) columns[1]);
        }
        return snippets;
    }

    /**
     * A word query parsed: its tsquery text and, when matches are rechecked in their own language, each
     * configuration's query ({@link SearchQuery#perConfigurationSql}); with the lowest and highest article id, which
     * size a {@link NewestWindow} (null when there are no articles).
     */
    private record Parsed(SearchQuery words, String tsquery, String own, Long minId, Long maxId) {
    }

    /**
     * The query as tsquery text, computed first and passed to the search as a value, so the planner sees it (its
     * word statistics choose between the index and a newest-first scan, and estimate totals).
     */
    private Parsed parse(SearchQuery words) {
        boolean recheck = words.needsRecheck();
        Query parse = em.createNativeQuery("SELECT (" + words.sql() + ")::text, "
                + (recheck ? words.perConfigurationSql() : "CAST(NULL AS text)")
                + ", (SELECT min(id) FROM article), (SELECT max(id) FROM article)");
        words.bind(parse);
        Object[] row = (Object[]) parse.getSingleResult();
        return new Parsed(words, String.valueOf(row[0]), recheck ? (String) row[1] : null, id(row[2]), id(row[3]));
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static String with(SearchQuery words) {
        return words == null ? "" : "WITH q AS MATERIALIZED (SELECT " + words.sql() + " AS query) ";
    }

    private static String from(ArticleFilter filter, Parsed words) {
        List<String> conditions = new ArrayList<>();
        if (words != null) {
            conditions.add("a.search_vector @@ CAST(:tsq AS tsquery)");
            if (words.own() != null) {
                conditions.add("a.search_vector @@ (" + words.words().inOwnLanguage("a.language") + ")");
            }
        }
        return from(filter, conditions);
    }

    private static String from(ArticleFilter filter, List<String> conditions) {
        List<String> where = new ArrayList<>();
        if (filter.url() != null) {
            // any form of the URL: as given, or its identity key against the keys of the requested, final and canonical URL
            where.add("(a.url = :url OR a.final_url = :url OR a.canonical_url = :url OR a.url_key = :key "
                    + "OR a.final_url_key = :key OR a.canonical_url_key = :key)");
        }
        if (filter.outletKey() != null) {
            where.add("a.outlet_id = (SELECT o.id FROM outlet o WHERE o.outlet_key = :outlet)");
        }
        where.addAll(conditions);
        return "FROM article a" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
    }

    private static Query bind(Query query, ArticleFilter filter, Parsed words) {
        if (filter.url() != null) {
            String key = UrlIdentity.keyOrNull(filter.url());
            query.setParameter("url", filter.url()).setParameter("key", key != null ? key : filter.url());
        }
        if (filter.outletKey() != null) {
            query.setParameter("outlet", filter.outletKey());
        }
        if (words != null) {
            query.setParameter("tsq", words.tsquery());
            if (words.own() != null) {
                words.words().bindOwn(query, words.own());
            }
        }
        return query;
    }

    /** The planner's estimate of the matches (its statistics of words, URLs and outlets). */
    private long estimate(String from, Consumer<Query> binder) {
        Query explain = em.createNativeQuery("EXPLAIN (FORMAT JSON) SELECT 1 " + from);
        binder.accept(explain);
        try {
            JsonNode plan = mapper.readTree(String.valueOf(explain.getSingleResult()));
            return plan.path(0).path("Plan").path("Plan Rows").asLong(0);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
