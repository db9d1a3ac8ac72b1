package io.wiretrace.app;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.wiretrace.store.RecheckStore;
import io.wiretrace.watch.Discovery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** How watched sources found an article (its {@code discoveredVia}), for every revision of its URL. */
@ApplicationScoped
public class ArticleDiscoveries {

    private final RecheckStore store;

    public ArticleDiscoveries(RecheckStore store) {
        this.store = store;
    }

    public List<Discovery> of(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> store.discoveries(articleId));
    }
}
