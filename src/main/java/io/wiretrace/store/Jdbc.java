package io.wiretrace.store;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/** Plain JDBC on the current transaction's connection, for the stores that need row locks and bulk statements. */
final class Jdbc {

    /** Work on a connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Reads one row. */
    interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private final EntityManager em;

    Jdbc(EntityManager em) {
        this.em = em;
    }

    <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    /** Runs a query with positional parameters and reads every row. */
    <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, parameters);
                List<T> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(row.read(r));
                    }
                }
                return rows;
            }
        });
    }

    int update(String sql, Object... parameters) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, parameters);
                return s.executeUpdate();
            }
        });
    }

    static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p instanceof Instant instant) {
                s.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (p == null) {
                s.setNull(i + 1, Types.NULL);
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Long nullableLong(ResultSet r, String column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }
}
