package io.wiretrace.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class OutletRepository implements PanacheRepository<OutletEntity> {

    public Optional<OutletEntity> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public Optional<OutletEntity> findByDomain(String domain) {
        return getEntityManager()
                .createQuery("select d.outlet from OutletDomainEntity d where d.domain = :domain", OutletEntity.class)
                .setParameter("domain", domain)
                .getResultStream().findFirst();
    }
}
