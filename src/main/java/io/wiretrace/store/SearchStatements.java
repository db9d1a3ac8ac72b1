package io.wiretrace.store;

import io.wiretrace.article.ArticleFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL text of {@link ArticleSearch}'s statements, built from its parts; binding and running them is
 * {@link ArticleSearch}'s. Parameters: {@code :url}, {@code :key} and {@code :outlet} of the filter, {@code :tsq} the
 * query, {@code :limit} and {@code :offset} of the page.
 */
final class SearchStatements {

    /** The rank of article {@code a} for {@code :tsq}: title words weigh more ({@code ts_rank_cd}). */
    static final String RANK = "ts_rank_cd(a.search_vector, CAST(:tsq AS tsquery))";

    private SearchStatements() {
    }

    /** A FROM clause of article {@code a} with the filter's conditions and these (a WHERE when there are any). */
    static String from(ArticleFilter filter, List<String> conditions) {
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

    /**
     * Common table expressions ending in {@code name}: the id and {@code value} (an expression of article {@code a},
     * as {@code c}) of the newest {@code limit} rows of {@code from} (a FROM clause with a WHERE). With
     * {@link NewestWindow} bounds, the rows above the first are read first, each next span only while fewer than
     * {@code limit} are found; the rows are the same.
     */
    static String newest(String name, String value, String from, int limit, List<Long> bounds) {
        String rows = "SELECT a.id, " + value + " AS c " + from;
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
     * One page of {@code source}'s rows (id, rank), best first, each row with two {@code counts}; when the page is
     * empty, one row of a null id and the counts.
     */
    static String rankedPage(String source, String counts) {
        return "SELECT p.id, " + counts + " FROM (SELECT 1) one LEFT JOIN (SELECT id, rank FROM (" + source + ") s "
                + "ORDER BY rank DESC, id DESC LIMIT :limit OFFSET :offset) p ON true ORDER BY p.rank DESC, p.id DESC";
    }
}
