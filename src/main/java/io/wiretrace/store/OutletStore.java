package io.wiretrace.store;

import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outlets in the database, as {@link Outlet} records. Callers own the transaction. */
@ApplicationScoped
public class OutletStore {

    /** Where an outlet row came from. */
    public enum Origin { REGISTRY, API, DISCOVERED }

    private final OutletRepository outlets;

    public OutletStore(OutletRepository outlets) {
        this.outlets = outlets;
    }

    /** The outlet tables' version, bumped by a trigger on every write to them (by any instance). */
    /**
     * The outlet tables' version, its row locked until the transaction ends: no other writer of the outlet tables (each
     * bumps it) can commit in between, so the caller knows every change from here on is its own.
     */
    public long lockDirectoryVersion() {
        return ((Number) outlets.getEntityManager()
                .createNativeQuery("SELECT version FROM outlet_directory_version FOR UPDATE").getSingleResult()).longValue();
    }

    public long directoryVersion() {
        return ((Number) outlets.getEntityManager()
                .createNativeQuery("SELECT version FROM outlet_directory_version").getSingleResult()).longValue();
    }

    public List<Outlet> all() {
        return outlets.listAll(io.quarkus.panache.common.Sort.by("key")).stream().map(OutletStore::toRecord).toList();
    }

    public Optional<Outlet> byKey(String key) {
        return outlets.findByKey(key).map(OutletStore::toRecord);
    }

    public Optional<Outlet> byDomain(String domain) {
        return outlets.findByDomain(domain).map(OutletStore::toRecord);
    }

    /** Inserts a new outlet; the caller has checked that key and domains are free. */
    public Outlet create(Outlet outlet, Origin origin) {
        OutletEntity entity = new OutletEntity();
        entity.key = outlet.key();
        entity.origin = origin.name().toLowerCase();
        entity.createdAt = Instant.now();
        apply(entity, outlet);
        outlets.persist(entity);
        outlets.flush();
        return toRecord(entity);
    }

    /** Replaces name, kind, aliases and domains of an existing outlet. */
    public Optional<Outlet> update(Outlet outlet) {
        return outlets.findByKey(outlet.key()).map(entity -> {
            entity.domains.clear();
            outlets.flush();
            apply(entity, outlet);
            outlets.flush();
            return toRecord(entity);
        });
    }

    /** Row ids of these outlet keys (absent keys left out), for foreign keys; loads no entities. */
    Map<String, Long> ids(java.util.Collection<String> keys) {
        Map<String, Long> ids = new java.util.HashMap<>();
        if (!keys.isEmpty()) {
            Jdbc.query(outlets.getEntityManager(), "SELECT outlet_key, id FROM outlet WHERE outlet_key = ANY(CAST(? AS text[]))",
                    r -> ids.put(r.getString(1), r.getLong(2)), (Object) keys.stream().distinct().toArray(String[]::new));
        }
        return ids;
    }

    private static void apply(OutletEntity entity, Outlet outlet) {
        entity.name = outlet.name();
        entity.kind = outlet.kind().wireName();
        entity.aliases = String.join("\n", outlet.aliases());
        entity.updatedAt = Instant.now();
        int position = 0;
        for (String domain : outlet.domains()) {
            OutletDomainEntity row = new OutletDomainEntity();
            row.domain = domain;
            row.outlet = entity;
            row.position = position++;
            entity.domains.add(row);
        }
    }

    static Outlet toRecord(OutletEntity entity) {
        List<String> aliases = entity.aliases == null || entity.aliases.isEmpty()
                ? List.of() : Arrays.asList(entity.aliases.split("\n"));
        List<String> domains = entity.domains.stream().map(d -> d.domain).toList();
        return new Outlet(entity.key, entity.name, aliases, domains, OutletKind.fromWireName(entity.kind));
    }
}
