package io.wiretrace.app;

import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletConflict;
import io.wiretrace.outlet.OutletNotFound;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.OutletStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Lists, reads, adds and edits outlets. Keys and domains are unique across outlets (409 otherwise). */
@ApplicationScoped
public class ManageOutlets {

    private final OutletStore outlets;
    private final OutletDirectory directory;
    private final ArticleStore locks;

    public ManageOutlets(OutletStore outlets, OutletDirectory directory, ArticleStore locks) {
        this.outlets = outlets;
        this.directory = directory;
        this.locks = locks;
    }

    @Transactional
    public List<Outlet> all() {
        return outlets.all();
    }

    @Transactional
    public Outlet byKey(String key) {
        return outlets.byKey(key).orElseThrow(() -> new OutletNotFound(key));
    }

    @Transactional
    public Outlet create(Outlet outlet) {
        locks.lock("outlets");
        if (outlets.byKey(outlet.key()).isPresent()) {
            throw new OutletConflict("an outlet with key '" + outlet.key() + "' already exists");
        }
        checkDomainsFree(outlet);
        Outlet created = outlets.create(outlet, OutletStore.Origin.API);
        directory.refresh();
        return created;
    }

    @Transactional
    public Outlet update(Outlet outlet) {
        locks.lock("outlets");
        outlets.byKey(outlet.key()).orElseThrow(() -> new OutletNotFound(outlet.key()));
        checkDomainsFree(outlet);
        Outlet updated = outlets.update(outlet).orElseThrow(() -> new OutletNotFound(outlet.key()));
        directory.refresh();
        return updated;
    }

    private void checkDomainsFree(Outlet outlet) {
        for (String domain : outlet.domains()) {
            outlets.byDomain(domain).filter(owner -> !owner.key().equals(outlet.key())).ifPresent(owner -> {
                throw new OutletConflict("domain '" + domain + "' already belongs to outlet '" + owner.key() + "'");
            });
        }
    }
}
