package io.wiretrace.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.wiretrace.store.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database for {@code @QuarkusTest}s. With {@code WIRETRACE_TEST_DB_URL} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/test}; user from {@code WIRETRACE_TEST_DB_USER}, default postgres,
 * password from {@code WIRETRACE_TEST_DB_PASSWORD}) it creates a fresh database on that server for this run and drops
 * it afterwards; otherwise it starts a throwaway embedded PostgreSQL.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres embedded;
    private String serverUrl;
    private String database;

    @Override
    public Map<String, String> start() {
        String url = System.getenv("WIRETRACE_TEST_DB_URL");
        try {
            return url == null || url.isBlank() ? startEmbedded() : createDatabase(url.strip());
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot prepare the test database: " + e.getMessage(), e);
        }
    }

    private Map<String, String> startEmbedded() throws IOException {
        embedded = EmbeddedDatabase.durable(EmbeddedPostgres.builder()).start();
        return Map.of("quarkus.datasource.jdbc.url", embedded.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "");
    }

    private Map<String, String> createDatabase(String url) throws SQLException {
        serverUrl = url;
        database = "wiretrace_test_" + System.currentTimeMillis() + "_" + ThreadLocalRandom.current().nextInt(1000);
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        String testUrl = url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
        return Map.of("quarkus.datasource.jdbc.url", testUrl, "quarkus.datasource.username", user(),
                "quarkus.datasource.password", password());
    }

    @Override
    public void stop() {
        try {
            if (embedded != null) {
                embedded.close();
            }
            if (database != null) {
                try (Connection c = connect(serverUrl); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                }
            }
        } catch (IOException | SQLException e) {
            System.err.println("could not clean up the test database: " + e.getMessage());
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    private static String user() {
        String user = System.getenv("WIRETRACE_TEST_DB_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    private static String password() {
        String password = System.getenv("WIRETRACE_TEST_DB_PASSWORD");
        return password == null ? "" : password;
    }
}
