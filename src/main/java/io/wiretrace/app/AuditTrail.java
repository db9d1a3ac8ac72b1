package io.wiretrace.app;

import io.wiretrace.account.AuditEntry;
import io.wiretrace.account.AuditQuery;
import io.wiretrace.article.PageOf;
import io.wiretrace.store.AuditStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Records every write and lists the record (append-only: nothing here changes or deletes an entry). */
@ApplicationScoped
public class AuditTrail {

    private final AuditStore store;

    public AuditTrail(AuditStore store) {
        this.store = store;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        store.insert(entry);
    }

    @Transactional
    public PageOf<AuditEntry> find(AuditQuery query) {
        return store.find(query);
    }
}
