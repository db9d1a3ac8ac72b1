package io.wiretrace.app;

import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletConflict;
import io.wiretrace.outlet.OutletNames;
import io.wiretrace.outlet.OutletNotFound;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.OutletStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Lists, reads, adds and edits outlets. Keys, domains and aliases are unique across outlets (409 otherwise). */
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
            throw new OutletConflict("key", "an outlet with key '" + outlet.key() + "' already exists");
        }
        checkDomainsFree(outlet);
        checkNameFree(outlet, null);
        checkAliasesFree(outlet, List.of());
        Outlet created = outlets.create(outlet, OutletStore.Origin.API);
        directory.refresh();
        return created;
    }

    @Transactional
    public Outlet update(Outlet outlet) {
        locks.lock("outlets");
        Outlet before = outlets.byKey(outlet.key()).orElseThrow(() -> new OutletNotFound(outlet.key()));
        checkDomainsFree(outlet);
        checkNameFree(outlet, before.name());
        checkAliasesFree(outlet, before.aliases());
        Outlet updated = outlets.update(outlet).orElseThrow(() -> new OutletNotFound(outlet.key()));
        directory.refresh();
        return updated;
    }

    private void checkDomainsFree(Outlet outlet) {
        for (String domain : outlet.domains()) {
            outlets.byDomain(domain).filter(owner -> !owner.key().equals(outlet.key())).ifPresent(owner -> {
                throw new OutletConflict("domains", "domain '" + domain + "' already belongs to outlet '" + owner.key() + "'");
            });
        }
    }

    /**
     * A name is a mention too: a second outlet called "NDTV" would leave every mention of NDTV (credits, a text's
     * outlet) naming no outlet at all. A name the outlet already had is left alone.
     */
    private void checkNameFree(Outlet outlet, String had) {
        if (had != null && OutletNames.normalize(had).equals(OutletNames.normalize(outlet.name()))) {
            return;
        }
        directory.byName(outlet.name()).filter(owner -> !owner.key().equals(outlet.key())).ifPresent(owner -> {
            throw new OutletConflict("name", "name '" + outlet.name() + "' already names outlet '" + owner.key() + "'");
        });
    }

    /**
     * An alias is a mention that credits resolve through: one that already names another outlet would make those
     * credits ambiguous. Aliases the outlet already had are left alone.
     */
    private void checkAliasesFree(Outlet outlet, List<String> had) {
        Set<String> kept = had.stream().map(OutletNames::normalize).collect(Collectors.toSet());
        for (String alias : outlet.aliases()) {
            if (kept.contains(OutletNames.normalize(alias))) {
                continue;
            }
            directory.byName(alias).filter(owner -> !owner.key().equals(outlet.key())).ifPresent(owner -> {
                throw new OutletConflict("aliases", "alias '" + alias + "' already names outlet '" + owner.key() + "'");
            });
        }
    }
}
