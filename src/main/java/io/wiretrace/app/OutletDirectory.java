package io.wiretrace.app;

import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletRegistry;
import io.wiretrace.outlet.OutletResolver;
import io.wiretrace.store.OutletStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The outlets table as an {@link OutletResolver}: an immutable in-memory registry, rebuilt after every outlet write,
 * so resolution on the ingest path never queries the database.
 */
@ApplicationScoped
public class OutletDirectory implements OutletResolver {

    private final OutletStore outlets;
    private volatile OutletRegistry registry;

    public OutletDirectory(OutletStore outlets) {
        this.outlets = outlets;
    }

    @Override
    public Optional<Outlet> byKey(String key) {
        return registry().byKey(key);
    }

    @Override
    public Optional<Outlet> byName(String mention) {
        return registry().byName(mention);
    }

    @Override
    public Optional<Outlet> byDomain(String hostOrUrl) {
        return registry().byDomain(hostOrUrl);
    }

    /** The key of the outlet a user typed as key, name or domain; what was typed when none matches. */
    public String keyOf(String typed) {
        return byKey(typed).or(() -> byName(typed)).or(() -> byDomain(typed)).map(Outlet::key).orElse(typed);
    }

    @Override
    public List<Outlet> all() {
        return registry().all();
    }

    /** Re-reads the outlets table (call after writing outlets, inside the writing transaction). */
    @Transactional
    public void refresh() {
        registry = OutletRegistry.of(outlets.all());
    }

    private OutletRegistry registry() {
        OutletRegistry current = registry;
        if (current == null) {
            refresh();
            current = registry;
        }
        return current;
    }
}
