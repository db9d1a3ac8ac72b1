package io.wiretrace.store.migration;

import io.wiretrace.url.UrlIdentity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Recomputes every stored URL key with {@link UrlIdentity} (the columns come from V40): articles' {@code url_key},
 * {@code final_url_key} and {@code canonical_url_key}, and credits' {@code target_url_key}. Articles that now share a
 * key are joined as revisions of one article, oldest first: a row that had no earlier revision becomes a revision of
 * the row stored just before it under that key; a row whose content an earlier row of the key already has also gets
 * {@code duplicate_of}. Nothing is deleted, and the URLs as received are left as they were. A URL the key cannot be
 * computed for keeps its old key. Written in Java so the migration and the service compute keys with the same code.
 */
// implements JavaMigration itself: Quarkus finds Java migrations as direct implementors in its index, which does not
// hold Flyway's BaseJavaMigration
public class V41__Recompute_url_keys extends BaseJavaMigration implements JavaMigration {

    private record Row(long id, String urlKey, String sha, Long revisionOf) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        List<Row> rows = rekeyArticles(c);
        joinRevisions(c, rows);
        rekeyCredits(c);
    }

    private static List<Row> rekeyArticles(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("SELECT id, url, url_key, final_url, canonical_url, content_sha256,"
                     + " revision_of FROM article ORDER BY id");
             PreparedStatement write = c.prepareStatement(
                     "UPDATE article SET url_key = ?, final_url_key = ?, canonical_url_key = ? WHERE id = ?")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String url = rs.getString(2);
                String oldKey = rs.getString(3);
                String key = url == null || oldKey == null ? oldKey : orElse(UrlIdentity.keyOrNull(url), oldKey);
                write.setString(1, key);
                write.setString(2, UrlIdentity.keyOrNull(rs.getString(4)));
                write.setString(3, UrlIdentity.keyOrNull(rs.getString(5)));
                write.setLong(4, id);
                write.addBatch();
                rows.add(new Row(id, key, rs.getString(6), rs.getObject(7, Long.class)));
            }
            write.executeBatch();
        }
        return rows;
    }

    private static void joinRevisions(Connection c, List<Row> rows) throws SQLException {
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.urlKey() != null) {
                byKey.computeIfAbsent(r.urlKey(), k -> new ArrayList<>()).add(r);
            }
        }
        try (PreparedStatement write = c.prepareStatement(
                "UPDATE article SET revision_of = COALESCE(revision_of, ?), duplicate_of = ? WHERE id = ?")) {
            for (List<Row> group : byKey.values()) {
                Map<String, Long> firstWithContent = new HashMap<>();
                Row previous = null;
                for (Row r : group) {
                    Long sameContent = firstWithContent.putIfAbsent(r.sha(), r.id());
                    if (previous != null && (r.revisionOf() == null || sameContent != null)) {
                        write.setLong(1, previous.id());
                        if (sameContent == null) {
                            write.setNull(2, Types.BIGINT);
                        } else {
                            write.setLong(2, sameContent);
                        }
                        write.setLong(3, r.id());
                        write.addBatch();
                    }
                    previous = r;
                }
            }
            write.executeBatch();
        }
    }

    private static void rekeyCredits(Connection c) throws SQLException {
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("SELECT id, mention FROM attribution WHERE mention LIKE 'http%'");
             PreparedStatement write = c.prepareStatement("UPDATE attribution SET target_url_key = ? WHERE id = ?")) {
            while (rs.next()) {
                write.setString(1, UrlIdentity.keyOrNull(rs.getString(2)));
                write.setLong(2, rs.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
