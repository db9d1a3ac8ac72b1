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
        if (filter.words() == null) {
            return list(filter, page, size);
        }
        SearchQuery words = SearchQuery.of(filter.words());
        if (!words.searchable()) {
            return new Ids(List.of(), 0, true);
        }
        // a word in 10% of a million articles is a bitmap of 100,000 rows: within 4 MB (PostgreSQL's default) it turns
        // lossy by page, and every article of those pages is read again to recheck it (11× the reads at 1M)
        em.createNativeQuery("SELECT set_config('work_mem', '" + SEARCH_WORK_MEM + "', true)").getSingleResult();
        String tsquery = tsquery(words);
        String relaxed = PhraseWindow.relaxed(tsquery);
        return relaxed != null ? findPhrase(filter, tsquery, relaxed, page, size)
                : findWords(filter, words, tsquery, page, size);
    }

    /** Newest first, counted up to {@link #EXACT_TOTAL_UP_TO}. */
    private Ids list(ArticleFilter filter, int page, int size) {
        String from = from(filter, (SearchQuery) null);
        Query select = em.createNativeQuery("SELECT a.id " + from
                + " ORDER BY a.created_at DESC, a.id DESC LIMIT :limit OFFSET :offset", Long.class);
        bind(select, filter, null, null);
        select.setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<Long> ids = select.getResultList();

        Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 " + from + " LIMIT :bound) m", Long.class);
        bind(count, filter, null, null);
        long counted = ((Number) count.setParameter("bound", EXACT_TOTAL_UP_TO + 1).getSingleResult()).longValue();
        if (counted <= EXACT_TOTAL_UP_TO) {
            return new Ids(ids, counted, true);
        }
        return new Ids(ids, Math.max(counted, estimate(filter, null, null, from)), false);
    }

    /**
     * Words, ranked among the newest {@link #RANKED_UP_TO} matches (a word in most articles would otherwise have every
     * one of them ranked); those matches are the count too, exact when fewer, the planner's estimate beyond.
     */
    private Ids findWords(ArticleFilter filter, SearchQuery words, String tsquery, int page, int size) {
        Newest found = newest(conditions(filter, words), q -> bind(q, filter, words, tsquery), RANKED_UP_TO);
        List<Long> ids = ranked(found.ids(), tsquery, page, size);
        if (found.complete()) {
            return new Ids(ids, found.ids().size(), true);
        }
        return new Ids(ids, Math.max(found.ids().size(), estimate(filter, words, tsquery, from(filter, words))), false);
    }

    /**
     * A quoted phrase, its word positions checked in the newest {@link PhraseWindow#SIZE} articles that hold all its
     * words (found on the index alone), ranked among the newest {@link #RANKED_UP_TO} of those that match. The total
     * is exact when fewer articles hold the words; beyond, the share of matches in the window times the planner's
     * estimate of the articles holding the words.
     */
    private Ids findPhrase(ArticleFilter filter, String tsquery, String relaxed, int page, int size) {
        List<String> holding = conditions(filter, List.of("a.search_vector @@ CAST(:relaxed AS tsquery)"));
        java.util.function.Consumer<Query> binder = q -> {
            bind(q, filter, null, null);
            q.setParameter("relaxed", relaxed);
        };
        Newest window = newest(holding, binder, PhraseWindow.SIZE);
        List<Long> matched = window.ids().isEmpty() ? List.of() : idList(em.createNativeQuery("SELECT a.id FROM article a "
                + "WHERE a.id = ANY(CAST(:ids AS bigint[])) AND a.search_vector @@ CAST(:tsq AS tsquery) ORDER BY a.id DESC",
                Long.class).setParameter("ids", array(window.ids())).setParameter("tsq", tsquery));
        List<Long> ids = ranked(matched.subList(0, Math.min(RANKED_UP_TO, matched.size())), tsquery, page, size);
        if (window.complete()) {
            return new Ids(ids, matched.size(), true);
        }
        Query explain = em.createNativeQuery("EXPLAIN (FORMAT JSON) SELECT 1 FROM article a WHERE "
                + String.join(" AND ", holding));
        binder.accept(explain);
        long holdingEstimate = planRows(explain);
        long estimated = Math.round((double) matched.size() * holdingEstimate / window.ids().size());
        return new Ids(ids, Math.max(matched.size(), estimated), false);
    }

    /** The newest matches of a query, newest first; {@code complete} when they are all its matches. */
    private record Newest(List<Long> ids, boolean complete) {
    }

    /**
     * The ids of the newest {@code limit} articles meeting {@code conditions} (their parameters set by {@code binder}):
     * the newest {@link NewestMatches#PROBE} articles first, then the older ones the way {@link NewestMatches} chooses
     * from the matches' density among the newest.
     */
    private Newest newest(List<String> conditions, java.util.function.Consumer<Query> binder, int limit) {
        Object[] probe = (Object[]) em.createNativeQuery("SELECT min(id), count(*) FROM (SELECT id FROM article "
                + "ORDER BY id DESC LIMIT " + NewestMatches.PROBE + ") p").getSingleResult();
        if (probe[0] == null) {
            return new Newest(List.of(), true);
        }
        long floor = ((Number) probe[0]).longValue();
        long probed = ((Number) probe[1]).longValue();
        List<Long> ids = new ArrayList<>(matching(conditions, "a.id >= :floor", binder, floor, limit));
        if (ids.size() >= limit) {
            return new Newest(ids, false);
        }
        if (probed < NewestMatches.PROBE) {
            return new Newest(ids, true); // the probe read every article
        }
        long rows = ((Number) em.createNativeQuery("SELECT reltuples::bigint FROM pg_class WHERE oid = 'article'::regclass")
                .getSingleResult()).longValue();
        long older = rows < 0 ? Long.MAX_VALUE / 4 : Math.max(0, rows - probed); // never analysed: assume many
        // the planner's statistics would choose the same way as for any query; its estimate is what can be wrong
        String off = NewestMatches.older(ids.size(), probed, limit - ids.size(), older) == NewestMatches.Plan.NEWEST_FIRST
                ? "enable_bitmapscan" : "enable_indexscan";
        setting(off, "off");
        try {
            ids.addAll(matching(conditions, "a.id < :floor", binder, floor, limit - ids.size()));
        } finally {
            setting(off, "on");
        }
        return new Newest(ids, ids.size() < limit);
    }

    private List<Long> matching(List<String> conditions, String range, java.util.function.Consumer<Query> binder,
                                long floor, int limit) {
        List<String> where = new ArrayList<>(conditions);
        where.add(range);
        Query select = em.createNativeQuery("SELECT a.id FROM article a WHERE " + String.join(" AND ", where)
                + " ORDER BY a.id DESC LIMIT :limit", Long.class);
        binder.accept(select);
        return idList(select.setParameter("floor", floor).setParameter("limit", limit));
    }

    /** One page of these articles, best first by {@code ts_rank_cd} (title words weigh more). */
    private List<Long> ranked(List<Long> ids, String tsquery, int page, int size) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return idList(em.createNativeQuery("SELECT a.id FROM article a WHERE a.id = ANY(CAST(:ids AS bigint[])) "
                + "ORDER BY ts_rank_cd(a.search_vector, CAST(:tsq AS tsquery)) DESC, a.id DESC LIMIT :limit OFFSET :offset",
                Long.class).setParameter("ids", array(ids)).setParameter("tsq", tsquery)
                .setParameter("limit", size).setParameter("offset", (long) page * size));
    }

    private void setting(String name, String value) {
        em.createNativeQuery("SELECT set_config(:name, :value, true)").setParameter("name", name)
                .setParameter("value", value).getSingleResult();
    }

    private static String array(List<Long> ids) {
        StringBuilder literal = new StringBuilder("{");
        for (Long id : ids) {
            literal.append(literal.length() > 1 ? "," : "").append(id);
        }
        return literal.append('}').toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> idList(Query select) {
        return ((List<Object>) select.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
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
     * The query as tsquery text, computed first and passed to the search as a value, so the planner sees it (its
     * word statistics choose between the index and a newest-first scan, and estimate totals).
     */
    private String tsquery(SearchQuery words) {
        Query parse = em.createNativeQuery("SELECT (" + words.sql() + ")::text");
        words.bind(parse);
        return String.valueOf(parse.getSingleResult());
    }

    private static String with(SearchQuery words) {
        return words == null ? "" : "WITH q AS MATERIALIZED (SELECT " + words.sql() + " AS query) ";
    }

    private static String from(ArticleFilter filter, SearchQuery words) {
        List<String> where = conditions(filter, words);
        return "FROM article a" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
    }

    private static List<String> conditions(ArticleFilter filter, SearchQuery words) {
        List<String> conditions = new ArrayList<>();
        if (words != null) {
            conditions.add("a.search_vector @@ CAST(:tsq AS tsquery)");
            if (words.needsRecheck()) {
                conditions.add("a.search_vector @@ (" + words.inOwnLanguage("a.language") + ")");
            }
        }
        return conditions(filter, conditions);
    }

    private static List<String> conditions(ArticleFilter filter, List<String> conditions) {
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
        return where;
    }

    private static void bind(Query query, ArticleFilter filter, SearchQuery words, String tsquery) {
        if (filter.url() != null) {
            String key = UrlIdentity.keyOrNull(filter.url());
            query.setParameter("url", filter.url()).setParameter("key", key != null ? key : filter.url());
        }
        if (filter.outletKey() != null) {
            query.setParameter("outlet", filter.outletKey());
        }
        if (words != null) {
            query.setParameter("tsq", tsquery);
            if (words.needsRecheck()) {
                words.bind(query);
            }
        }
    }

    /** The planner's estimate of the matches (its statistics of words, URLs and outlets). */
    private long estimate(ArticleFilter filter, SearchQuery words, String tsquery, String from) {
        Query explain = em.createNativeQuery("EXPLAIN (FORMAT JSON) SELECT 1 " + from);
        bind(explain, filter, words, tsquery);
        return planRows(explain);
    }

    private long planRows(Query explain) {
        try {
            JsonNode plan = mapper.readTree(String.valueOf(explain.getSingleResult()));
            return plan.path(0).path("Plan").path("Plan Rows").asLong(0);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
