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
    /** How long a read {@link IdRange} is used (60 s). */
    private static final long ID_RANGE_MAX_AGE_NANOS = 60_000_000_000L;

    private final EntityManager em;
    private final ObjectMapper mapper = new ObjectMapper();
    private volatile IdRange idRange;

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
     * matches are found newest first within a {@link NewestWindow} when the planner expects many more, and each is
     * ranked as it is read: its row is at hand then, where ranking only the newest read each of those rows again (at
     * 1M a rare word 6,400 → 4,400 buffers, a common word 2,900 → 900, for ranking a rare word's 4,400 matches instead
     * of 2,000).
     */
    private Ids findWords(ArticleFilter filter, Parsed words, int page, int size, Spans spans) {
        String from = from(filter, words);
        String indexed = SearchStatements.from(filter, List.of("a.search_vector @@ CAST(:tsq AS tsquery)"));
        long estimated = estimate(indexed, q -> bind(q, filter, null).setParameter("tsq", words.tsquery()));
        IdRange ids = ids();
        List<Long> bounds = spans.bounds(RANKED_UP_TO, estimated, ids.min(), ids.max());
        Query select = em.createNativeQuery("WITH "
                + SearchStatements.newest("candidates", SearchStatements.RANK, from, RANKED_UP_TO, bounds) + " "
                + SearchStatements.rankedPage("SELECT id, c AS rank FROM candidates",
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
     * estimate of the articles holding the words. Each row of the window is checked and, when it matches, ranked as it
     * is read, so the window carries a rank (or null: no match) instead of each row's search_vector (1M, a phrase of
     * two common words: 97 → 71 and 111 → 47 ms warm).
     */
    private Ids findPhrase(ArticleFilter filter, Parsed words, String relaxed, int page, int size) {
        String holding = SearchStatements.from(filter, List.of("a.search_vector @@ CAST(:relaxed AS tsquery)"));
        Consumer<Query> bindHolding = q -> bind(q, filter, null).setParameter("relaxed", relaxed);
        String rankOfMatch = "CASE WHEN a.search_vector @@ CAST(:tsq AS tsquery) THEN " + SearchStatements.RANK + " END";
        Query select = em.createNativeQuery("WITH "
                + SearchStatements.newest("w", rankOfMatch, holding, PhraseWindow.SIZE, List.of())
                + ", h AS MATERIALIZED (SELECT id, c AS rank FROM w WHERE c IS NOT NULL) "
                + SearchStatements.rankedPage("SELECT id, rank FROM h ORDER BY id DESC LIMIT " + RANKED_UP_TO,
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

    /** A page of ids with the two counts of {@link SearchStatements#rankedPage}. */
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
     * configuration's query ({@link SearchQuery#perConfigurationSql}).
     */
    private record Parsed(SearchQuery words, String tsquery, String own) {
    }

    /**
     * The query as tsquery text, computed first and passed to the search as a value, so the planner sees it (its
     * word statistics choose between the index and a newest-first scan, and estimate totals). The same statement sets
     * the search's transaction up: a word in 10% of a million articles is a bitmap of 100,000 rows, which within 4 MB
     * (PostgreSQL's default) turns lossy by page, and every article of those pages is read again to recheck it (11×
     * the reads at 1M); no JIT: a search's plan costs enough to have its expressions compiled (50–500 ms at 1M), which
     * it never earns back; no parallel workers: a search reads a bounded number of rows, and a span's part planned in
     * parallel started its workers even when the spans before it had found enough and it read nothing (at 1M, an
     * excluded word of ~27,000 matches: 60–110 ms of ~300 at load 7); a plan for the values at hand, every time: the
     * driver prepares a statement on the server from its fifth run, and PostgreSQL then keeps a generic plan when its
     * estimate (which knows no word, so ~500 rows) looks no dearer than the custom ones, so a phrase of two common words
     * read and sorted all ~14,000 articles holding both (100k: 105 ms) instead of walking the newest (55 ms).
     */
    private Parsed parse(SearchQuery words) {
        boolean recheck = words.needsRecheck();
        Query parse = em.createNativeQuery("SELECT (" + words.sql() + ")::text, "
                + (recheck ? words.perConfigurationSql() : "CAST(NULL AS text)")
                + ", set_config('work_mem', '" + SEARCH_WORK_MEM + "', true), set_config('jit', 'off', true), "
                + "set_config('max_parallel_workers_per_gather', '0', true), "
                + "set_config('plan_cache_mode', 'force_custom_plan', true)");
        words.bind(parse);
        Object[] row = (Object[]) parse.getSingleResult();
        return new Parsed(words, String.valueOf(row[0]), recheck ? (String) row[1] : null);
    }

    /** The lowest and highest article id (null when there are none), as read at {@code readAt} (nanoTime). */
    private record IdRange(Long min, Long max, long readAt) {
    }

    /**
     * The id range that sizes a {@link NewestWindow}, read again when older than {@link #ID_RANGE_MAX_AGE_NANOS}: a
     * stale range moves the spans' bounds only, which decide what is read, never what is found.
     */
    private IdRange ids() {
        IdRange known = idRange;
        long now = System.nanoTime();
        if (known == null || now - known.readAt() > ID_RANGE_MAX_AGE_NANOS) {
            Object[] row = (Object[]) em.createNativeQuery("SELECT min(id), max(id) FROM article").getSingleResult();
            known = new IdRange(id(row[0]), id(row[1]), now);
            idRange = known;
        }
        return known;
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
        return SearchStatements.from(filter, conditions);
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
