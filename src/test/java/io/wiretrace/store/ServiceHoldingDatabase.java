package io.wiretrace.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A stand-in for the service in a child JVM: starts the embedded database in {@code args[0]}, commits the row
 * {@code args[1]}, prints "ready" and waits to be killed.
 */
public final class ServiceHoldingDatabase {

    private ServiceHoldingDatabase() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]));
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS kept (v TEXT)");
            s.execute("INSERT INTO kept VALUES ('" + args[1] + "')");
            // an open transaction at the kill: it must roll back, never half-apply
            c.setAutoCommit(false);
            s.execute("INSERT INTO kept VALUES ('uncommitted')");
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
