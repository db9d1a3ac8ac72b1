package io.wiretrace.app;

import io.quarkus.runtime.StartupEvent;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletRegistry;
import io.wiretrace.store.ArticleStore;
import io.wiretrace.store.OutletStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * At start-up, adds the registry file's outlets ({@code outlets.tsv}) that the database lacks. Outlets already in the
 * database are left as they are, so edits made through the API survive upgrades of the file.
 */
@ApplicationScoped
public class OutletSeeder {

    private static final Logger LOG = Logger.getLogger(OutletSeeder.class);

    private final OutletStore outlets;
    private final OutletDirectory directory;
    private final ArticleStore locks;

    public OutletSeeder(OutletStore outlets, OutletDirectory directory, ArticleStore locks) {
        this.outlets = outlets;
        this.directory = directory;
        this.locks = locks;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        locks.lock("outlets");
        int added = 0;
        for (Outlet outlet : OutletRegistry.fromClasspath().all()) {
            if (outlets.byKey(outlet.key()).isPresent()) {
                continue;
            }
            List<String> free = outlet.domains().stream().filter(d -> outlets.byDomain(d).isEmpty()).toList();
            outlets.create(new Outlet(outlet.key(), outlet.name(), outlet.aliases(), free, outlet.kind()),
                    OutletStore.Origin.REGISTRY);
            added++;
        }
        directory.refresh();
        LOG.infof("Outlet registry: %d outlets added from outlets.tsv", added);
    }
}
