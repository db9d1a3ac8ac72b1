package io.wiretrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.reuse.Candidate;
import io.wiretrace.reuse.CandidatePolicy;
import io.wiretrace.reuse.Fingerprint;
import io.wiretrace.support.PostgresResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Candidate lookup on PostgreSQL with the project's migrations: caps, stop keys, qualification in SQL. */
class ReuseIndexStoreLookupTest {

    private static final long P1 = 11;
    private static final long P2 = 12;
    private static final long P3 = 13;
    private static final long P4 = 14;
    /** Keys with more than 3 postings are boilerplate for this policy (bands: more than 30). */
    private static final CandidatePolicy SMALL_CAP = new CandidatePolicy(1, 2, 3, 3, 50);

    private static PostgresResource database;
    private static Map<String, String> settings;

    @BeforeAll
    static void createSchemaAndKeys() throws Exception {
        database = new PostgresResource();
        settings = database.start();
        Flyway.configure().dataSource(url(), settings.get("quarkus.datasource.username"),
                settings.get("quarkus.datasource.password")).load().migrate();
        try (Connection c = connect()) {
            // article 1: P1, P2 (two shared passage keys: a candidate); articles 2-6: P3, P4 (each key held by five
            // articles: boilerplate at cap 3); article 7: P1 only (one shared key: not a candidate)
            for (long id = 1; id <= 7; id++) {
                article(c, id);
            }
            key(c, 1, P1, P2);
            for (long id = 2; id <= 6; id++) {
                key(c, id, P3, P4);
            }
            key(c, 7, P1);
        }
    }

    @AfterAll
    static void dropDatabase() {
        database.stop();
    }

    @Test
    void overCapKeysAreIgnoredAndRememberedAsStopKeysSoLaterLookupsSkipThem() throws Exception {
        Fingerprint query = partials(P1, P2, P3, P4);
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            List<Candidate> first = ReuseIndexStore.candidates(c, -1, query, SMALL_CAP);
            c.commit();
            assertThat(first).containsExactly(new Candidate("1", 0, 2, 0));
            assertThat(stopKeys(c)).containsExactlyInAnyOrder("0:13:4", "0:14:4"); // space:key:postings (cap + 1)

            List<Candidate> second = ReuseIndexStore.candidates(c, -1, query, SMALL_CAP);
            c.commit();
            assertThat(second).isEqualTo(first);
            assertThat(stopKeys(c)).as("marked keys are skipped, not marked again").hasSize(2);
        }
    }

    @Test
    void aLookupWithAHigherCapIgnoresStopKeysMarkedUnderALowerOne() throws Exception {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            ReuseIndexStore.candidates(c, -1, partials(P3, P4), SMALL_CAP);
            List<Candidate> wide = ReuseIndexStore.candidates(c, -1, partials(P3, P4),
                    new CandidatePolicy(1, 2, 3, 10, 50));
            c.rollback();
            assertThat(wide).extracting(Candidate::articleId).containsExactlyInAnyOrder("2", "3", "4", "5", "6");
        }
    }

    @Test
    void theLookingUpArticleIsLeftOut() throws Exception {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            List<Candidate> found = ReuseIndexStore.candidates(c, 1, partials(P1, P2), SMALL_CAP);
            c.rollback();
            assertThat(found).isEmpty();
        }
    }

    private static Fingerprint partials(long... keys) {
        return new Fingerprint(new int[0], new long[0], keys, new long[0], 100);
    }

    private static List<String> stopKeys(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT key_space, key_value, postings FROM reuse_stop_key")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getShort(1) + ":" + rs.getLong(2) + ":" + rs.getInt(3));
            }
            c.commit();
            return out;
        }
    }

    private static void article(Connection c, long id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (id, input_kind, url_key, body_text, "
                + "content_sha256, extraction_json) VALUES (?, 'text', ?, '', ?, '{}')")) {
            ps.setLong(1, id);
            ps.setString(2, "test-" + id);
            ps.setString(3, String.format("%064x", id));
            ps.executeUpdate();
        }
    }

    private static void key(Connection c, long articleId, long... partialKeys) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO reuse_key (key_space, key_value, article_id) VALUES (0, ?, ?)")) {
            for (long k : partialKeys) {
                ps.setLong(1, k);
                ps.setLong(2, articleId);
                ps.executeUpdate();
            }
        }
    }

    private static String url() {
        return settings.get("quarkus.datasource.jdbc.url");
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(url(), settings.get("quarkus.datasource.username"),
                settings.get("quarkus.datasource.password"));
    }
}
