package io.wiretrace.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** For migration tests: a throwaway database migrated to an older version and written as the service then wrote. */
final class OldStores {

    private OldStores() {
    }

    /** An article row with the given URL key, content (one character repeated) and earlier revision. */
    static void article(Connection c, long id, String url, String key, char content, Long revisionOf) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (id, input_kind, url, url_key, final_url, body_text,"
                + " content_sha256, extraction_json, revision_of) VALUES (?, 'html', ?, ?, ?, '', ?, '{}', ?)")) {
            ps.setLong(1, id);
            ps.setString(2, url);
            ps.setString(3, key);
            ps.setString(4, url);
            ps.setString(5, String.valueOf(content).repeat(64));
            ps.setObject(6, revisionOf);
            ps.executeUpdate();
        }
    }

    /** A credit of article {@code articleId} mentioning {@code mention}. */
    static void credit(Connection c, long articleId, String mention) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attribution (article_id, position, kind, mention,"
                + " evidence_text, evidence_location, confidence, rule, detector_version)"
                + " VALUES (?, 0, 'original_source', ?, 'x', 'footer', 0.9, 'r', 'v')")) {
            ps.setLong(1, articleId);
            ps.setString(2, mention);
            ps.executeUpdate();
        }
    }

    /** The first column of every row. */
    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static FluentConfiguration flyway(Map<String, String> settings) {
        return Flyway.configure().dataSource(settings.get("quarkus.datasource.jdbc.url"),
                settings.get("quarkus.datasource.username"), settings.get("quarkus.datasource.password"));
    }

    static Connection connect(Map<String, String> settings) throws SQLException {
        return DriverManager.getConnection(settings.get("quarkus.datasource.jdbc.url"),
                settings.get("quarkus.datasource.username"), settings.get("quarkus.datasource.password"));
    }
}
