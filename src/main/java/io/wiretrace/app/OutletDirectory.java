package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletRegistry;
import io.wiretrace.outlet.OutletResolver;
import io.wiretrace.store.OutletStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The outlets table as an {@link OutletResolver}: an immutable in-memory registry, so resolution on the ingest path
 * never queries the database. It is a cache: rebuilt after this instance's outlet writes, and, for writes made by other
 * instances, when the outlet tables' version (bumped by a database trigger on every write) differs from the one it was
 * built at, checked at most once every {@value #CHECK_MILLIS} ms.
 */
@ApplicationScoped
public class OutletDirectory implements OutletResolver {

    static final long CHECK_MILLIS = 1_000;

    private final OutletStore outlets;
    private volatile Built built;
    private volatile long checkedAt;

    /** The registry and the outlet tables' version it was read at. */
    private record Built(OutletRegistry registry, long version) {
    }

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

    /**
     * The key of the outlet a filter names (key, name or domain); an outlet nobody knows would match nothing, so it is
     * refused naming the {@code outlet} parameter.
     */
    public String knownKeyOf(String typed) {
        String key = keyOf(typed.strip());
        if (byKey(key).isEmpty()) {
            throw new io.wiretrace.article.InvalidInput("outlet", "outlet '" + typed.strip()
                    + "' is no known outlet (key, name or domain): GET /api/outlets lists them");
        }
        return key;
    }

    @Override
    public List<Outlet> all() {
        return registry().all();
    }

    /** Re-reads the outlets table (call after writing outlets, inside the writing transaction). */
    @Transactional
    public void refresh() {
        built = new Built(OutletRegistry.of(outlets.all()), outlets.directoryVersion());
        checkedAt = System.currentTimeMillis();
    }

    /**
     * Call before this instance writes one outlet, in the writing transaction: locks the outlet tables' version (their
     * writers queue on it anyway) and returns it, for {@link #written}.
     */
    public long beforeWrite() {
        return outlets.lockDirectoryVersion();
    }

    /**
     * After this instance wrote {@code outlet} in the same transaction as {@link #beforeWrite}: when the cache held
     * version {@code before}, the outlet is put into it without re-reading the tables (a bulk import meeting thousands
     * of new sites would otherwise read the whole registry once per site); else the tables are read again.
     */
    @Transactional
    public void written(long before, Outlet outlet) {
        Built current = built;
        if (current == null || current.version() != before) {
            refresh();
            return;
        }
        try {
            built = new Built(current.registry().with(outlet), outlets.directoryVersion());
            checkedAt = System.currentTimeMillis();
        } catch (IllegalArgumentException e) {
            refresh(); // the cache and the tables disagree on a domain: read them
        }
    }

    private OutletRegistry registry() {
        Built current = built;
        long now = System.currentTimeMillis();
        if (current == null) {
            refresh();
            return built.registry();
        }
        if (now - checkedAt >= CHECK_MILLIS) {
            checkedAt = now;
            long version = QuarkusTransaction.joiningExisting().call(outlets::directoryVersion);
            if (version != current.version()) {
                refresh();
                return built.registry();
            }
        }
        return current.registry();
    }
}
