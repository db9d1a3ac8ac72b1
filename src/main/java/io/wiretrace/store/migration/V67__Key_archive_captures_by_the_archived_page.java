package io.wiretrace.store.migration;

import io.wiretrace.url.PageCopies;
import io.wiretrace.url.UrlIdentity;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Articles stored from a web archive's capture URL (Wayback Machine, archive.today) or an AMP cache's copy take the
 * key of the page they copy ({@link PageCopies}), as the service now computes it, and so do credited copy URLs (a
 * credit's link, else its mention when that is a URL). Under each key
 * that changed, the articles are joined as revisions, oldest first, as V41 did: a row with no earlier revision becomes
 * a revision of the row stored just before it; a re-keyed capture whose content an earlier row of the key already has
 * is marked its duplicate. Revisions already recorded are left alone; nothing is deleted; URLs as received are kept.
 */
// implements JavaMigration itself: Quarkus finds Java migrations as direct implementors in its index
public class V67__Key_archive_captures_by_the_archived_page extends BaseJavaMigration implements JavaMigration {

    /** Hosts of the archives and caches {@link PageCopies} reads; rows elsewhere are not read. */
    static final String CAPTURE_URL = "^https?://(([a-z]+\\.)?archive\\.(org|ph|is|li|md|vn|today)|[a-z0-9-]+\\.cdn\\.ampproject\\.org"
            + "|(www\\.)?google\\.[a-z.]+(:[0-9]+)?/amp/)";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        Map<Long, String> rekeyed = rekeyArticles(c);
        joinRevisions(c, rekeyed);
        rekeyCredits(c);
    }

    /** New keys of the capture rows whose key changes, by id. */
    private static Map<Long, String> rekeyArticles(Connection c) throws SQLException {
        Map<Long, String> changed = new HashMap<>();
        try (PreparedStatement read = c.prepareStatement("SELECT id, url, url_key FROM article WHERE url ~* ?");
             PreparedStatement write = c.prepareStatement("UPDATE article SET url_key = ? WHERE id = ?")) {
            read.setString(1, CAPTURE_URL);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    String key = UrlIdentity.keyOrNull(rs.getString(2));
                    if (key != null && rs.getString(3) != null && !key.equals(rs.getString(3))) {
                        changed.put(rs.getLong(1), key);
                        write.setString(1, key);
                        write.setLong(2, rs.getLong(1));
                        write.addBatch();
                    }
                }
            }
            write.executeBatch();
        }
        return changed;
    }

    private static void joinRevisions(Connection c, Map<Long, String> rekeyed) throws SQLException {
        Set<String> keys = new LinkedHashSet<>(rekeyed.values());
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement read = c.prepareStatement("SELECT id, url_key, content_sha256, revision_of FROM article "
                + "WHERE url_key = ANY(?) ORDER BY url_key, id");
             PreparedStatement write = c.prepareStatement(
                     "UPDATE article SET revision_of = COALESCE(revision_of, ?), duplicate_of = COALESCE(?, duplicate_of) "
                             + "WHERE id = ?")) {
            Array array = c.createArrayOf("text", keys.toArray());
            read.setArray(1, array);
            String key = null;
            Long previous = null;
            Map<String, Long> firstWithContent = new HashMap<>();
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (!rs.getString(2).equals(key)) {
                        key = rs.getString(2);
                        previous = null;
                        firstWithContent.clear();
                    }
                    Long sameContent = firstWithContent.putIfAbsent(rs.getString(3), id);
                    Long duplicateOf = rekeyed.containsKey(id) ? sameContent : null;
                    if (previous != null && (rs.getObject(4) == null || duplicateOf != null)) {
                        write.setLong(1, previous);
                        if (duplicateOf == null) {
                            write.setNull(2, Types.BIGINT);
                        } else {
                            write.setLong(2, duplicateOf);
                        }
                        write.setLong(3, id);
                        write.addBatch();
                    }
                    previous = id;
                }
            }
            write.executeBatch();
        }
    }

    private static void rekeyCredits(Connection c) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT id, coalesce(target_url, mention) FROM attribution WHERE coalesce(target_url, mention) ~* ?");
             PreparedStatement write = c.prepareStatement("UPDATE attribution SET target_url_key = ? WHERE id = ?")) {
            read.setString(1, CAPTURE_URL);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    write.setString(1, UrlIdentity.keyOrNull(rs.getString(2)));
                    write.setLong(2, rs.getLong(1));
                    write.addBatch();
                }
            }
            write.executeBatch();
        }
    }
}
