package io.wiretrace.store;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/** Plain JDBC on the transaction's connection, for stores whose queries JPA would only obscure. */
final class Jdbc {

    private Jdbc() {
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    interface Row<T> {
        T map(ResultSet r) throws SQLException;
    }

    static <T> T work(EntityManager em, Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    /** Runs {@code sql} with {@code values} bound in order and maps every row. */
    static <T> List<T> query(EntityManager em, String sql, Row<T> row, Object... values) {
        return work(em, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, values);
                List<T> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(row.map(r));
                    }
                }
                return out;
            }
        });
    }

    static int update(EntityManager em, String sql, Object... values) {
        return work(em, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, values);
                return s.executeUpdate();
            }
        });
    }

    static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            s.setObject(i + 1, v instanceof Instant t ? Timestamp.from(t) : v);
        }
    }

    static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Long longOrNull(ResultSet r, String column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }
}
