package io.wiretrace.store;

import io.wiretrace.account.AuditEntry;
import io.wiretrace.account.AuditQuery;
import io.wiretrace.article.PageOf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The audit trail (table {@code audit_entry}): rows are inserted, never changed (a trigger refuses it). */
@ApplicationScoped
public class AuditStore {

    private static final String FILTER = " WHERE (CAST(? AS TEXT) IS NULL OR actor = ? OR actor LIKE ? || ' (%')"
            + " AND (CAST(? AS TEXT) IS NULL OR operation ILIKE '%' || ? || '%')"
            + " AND (CAST(? AS TEXT) IS NULL OR target ILIKE '%' || ? || '%')"
            + " AND (CAST(? AS TIMESTAMPTZ) IS NULL OR at >= ?) AND (CAST(? AS TIMESTAMPTZ) IS NULL OR at < ?)";

    private final EntityManager em;

    public AuditStore(EntityManager em) {
        this.em = em;
    }

    public void insert(AuditEntry e) {
        Jdbc.update(em, "INSERT INTO audit_entry (actor, via, operation, target, status, request_id, client, before, after) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB), CAST(? AS JSONB))",
                e.actor(), e.via(), e.operation(), e.target(), e.status(), e.requestId(), e.client(), e.before(), e.after());
    }

    public PageOf<AuditEntry> find(AuditQuery q) {
        Object[] filter = {q.actor(), q.actor(), q.actor(), q.operation(), q.operation(), q.target(), q.target(),
            q.since(), q.since(), q.until(), q.until()};
        long total = Jdbc.query(em, "SELECT count(*) FROM audit_entry" + FILTER, r -> r.getLong(1), filter).get(0);
        Object[] paged = java.util.Arrays.copyOf(filter, filter.length + 2);
        paged[filter.length] = q.size();
        paged[filter.length + 1] = (long) q.page() * q.size();
        List<AuditEntry> items = Jdbc.query(em, "SELECT id, at, actor, via, operation, target, status, request_id, client, "
                + "CAST(before AS TEXT) AS before, CAST(after AS TEXT) AS after FROM audit_entry" + FILTER
                + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?", AuditStore::entry, paged);
        return new PageOf<>(items, q.page(), q.size(), total);
    }

    private static AuditEntry entry(ResultSet r) throws SQLException {
        return new AuditEntry(r.getLong("id"), Jdbc.instant(r, "at"), r.getString("actor"), r.getString("via"),
                r.getString("operation"), r.getString("target"), r.getInt("status"), r.getString("request_id"),
                r.getString("client"), r.getString("before"), r.getString("after"));
    }
}
