package io.wiretrace.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SnapshotRepository implements PanacheRepositoryBase<SnapshotEntity, Long> {
}
