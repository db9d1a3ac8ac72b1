package io.wiretrace;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.store.EmbeddedDatabase;
import java.nio.file.Path;

/**
 * Entry point. When no datasource URL is configured ({@code QUARKUS_DATASOURCE_JDBC_URL} or the system property
 * {@code quarkus.datasource.jdbc.url}), starts an embedded PostgreSQL that keeps its data under
 * {@code $WIRETRACE_DATA_DIR/pg} (default {@code ./data/pg}) and points the service at it. With {@code import FILE...}
 * as arguments it is the command-line import client ({@link io.wiretrace.cli.ImportClient}) and starts nothing else.
 */
@QuarkusMain
public class WiretraceMain {

    /**
     * The embedding library logs at TRACE while it waits for the server; before Quarkus configures logging every
     * level reaches the console when the start fails, so its records below WARN are dropped from the outset.
     */
    private static final java.util.logging.Logger EMBEDDING_LIBRARY = java.util.logging.Logger.getLogger("io.zonky");

    public static void main(String... args) throws Exception {
        if (args.length > 0 && args[0].equals("import")) {
            // a pure HTTP client of a running service: nothing of the service (database, Quarkus) starts, and no
            // logging is configured, so the JDK's HTTP client would print its debug records: warnings only
            java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
            System.exit(io.wiretrace.cli.ImportClient.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        EmbeddedDatabase embedded = null;
        if (!EmbeddedDatabase.datasourceConfigured()) {
            EMBEDDING_LIBRARY.setLevel(java.util.logging.Level.WARNING);
            Path dataDir = Path.of(firstNonBlank(System.getProperty("wiretrace.data-dir"),
                    System.getenv("WIRETRACE_DATA_DIR"), WiretraceConfig.DEFAULT_DATA_DIR));
            try {
                embedded = EmbeddedDatabase.start(dataDir.resolve("pg"));
            } catch (IllegalStateException | java.io.IOException e) {
                System.err.println("Wiretrace cannot start its embedded PostgreSQL: " + e.getMessage()
                        + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
                System.exit(1);
            }
            embedded.exportDatasourceProperties();
            embedded.stopAfterService();
        }
        try {
            Quarkus.run(Service.class, args);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new IllegalStateException("no value");
    }

    /** Runs until the process is asked to stop. */
    public static class Service implements QuarkusApplication {
        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }
}
