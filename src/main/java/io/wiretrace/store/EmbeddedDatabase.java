package io.wiretrace.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL used when no datasource URL is configured. Data is durable: fsync, synchronous commit
 * and full-page writes are on (the embedding library turns fsync off by default). A start after a killed run first
 * clears what that run left behind ({@link StaleServer}); a directory a live service holds is refused.
 */
public final class EmbeddedDatabase implements Closeable {

    static final String DATABASE = "wiretrace";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    /** Crash recovery after a killed run replays the write-ahead log before the server accepts connections. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);

    private final EmbeddedPostgres postgres;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** True when a datasource URL is set by system property or environment. */
    public static boolean datasourceConfigured() {
        String property = System.getProperty("quarkus.datasource.jdbc.url");
        String env = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        return (property != null && !property.isBlank()) || (env != null && !env.isBlank());
    }

    /** Starts (creating on first use) a durable PostgreSQL cluster in {@code dataDirectory}. */
    public static EmbeddedDatabase start(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        LOG.infof("No datasource URL configured: starting embedded PostgreSQL with data in %s", dataDirectory.toAbsolutePath());
        if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            StaleServer.clear(dataDirectory);
        }
        EmbeddedPostgres postgres = durable(EmbeddedPostgres.builder())
                .setPGStartupWait(STARTUP_WAIT)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // the library's own hook would stop the server as soon as the JVM is asked to stop, while the service
                // still gives back its leases: stopAfterService() stops it after the service instead
                .setRegisterShutdownHook(false)
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        database.createDatabaseIfMissing();
        return database;
    }

    /** Applies the durability settings to a builder (also used by tests to check them). */
    public static EmbeddedPostgres.Builder durable(EmbeddedPostgres.Builder builder) {
        return builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost");
    }

    /** JDBC URL of the Wiretrace database. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    /** Points Quarkus at this database through system properties (read when the application starts). */
    public void exportDatasourceProperties() {
        System.setProperty("quarkus.datasource.jdbc.url", jdbcUrl());
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "");
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the embedded database: " + e.getMessage(), e);
        }
    }

    /** Counted down by the service's last shutdown step ({@link ServiceStopped}): nothing of it uses the database after. */
    private static final java.util.concurrent.CountDownLatch SERVICE_STOPPED = new java.util.concurrent.CountDownLatch(1);

    /** How long a stopping JVM waits for the service to stop before it stops the database anyway. */
    static final long SERVICE_STOP_WAIT_SECONDS = 30;

    /** The service has stopped using the database: the hook of {@link #stopAfterService()} may stop it. */
    static void serviceStopped() {
        SERVICE_STOPPED.countDown();
    }

    /**
     * Stops the server when the JVM stops (SIGTERM, Ctrl-C, System.exit), once the service has stopped using it (its
     * work queue gives its leases back at shutdown) or after {@value #SERVICE_STOP_WAIT_SECONDS} seconds.
     */
    public void stopAfterService() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                SERVICE_STOPPED.await(SERVICE_STOP_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            close();
        }, "embedded-postgres-stop"));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
