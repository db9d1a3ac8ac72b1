package io.wiretrace.store;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.hibernate.Session;

/** Plain JDBC on the transaction's connection, for the stores that write SQL of their own. */
final class Jdbc {

    private Jdbc() {
    }

    /** Work on the connection of the current transaction. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    static <T> T work(EntityManager em, Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
