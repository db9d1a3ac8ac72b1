package io.wiretrace.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.wiretrace.app.ArticleOutlets;
import io.wiretrace.app.OutletDirectory;
import io.wiretrace.outlet.Outlet;
import io.wiretrace.outlet.OutletKind;
import io.wiretrace.store.OutletStore;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The outlet directory takes an outlet this instance creates into its cache without re-reading the tables when it was
 * current, and reads them again when another writer came first: either way every outlet resolves at once.
 */
@QuarkusTest
class OutletDirectoryCacheTest {

    @Inject
    ArticleOutlets articleOutlets;

    @Inject
    OutletDirectory directory;

    @Inject
    OutletStore store;

    @Test
    void aCreatedUnknownOutletResolvesAtOnceAndSoDoesOneAnotherWriterAddedMeanwhile() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        directory.refresh();
        Outlet first = QuarkusTransaction.requiringNew()
                .call(() -> articleOutlets.findOrCreateUnknown("first-" + id + ".example", "First Gazette " + id));
        assertThat(directory.byDomain("first-" + id + ".example")).map(Outlet::key).contains(first.key());
        assertThat(directory.byName("First Gazette " + id)).map(Outlet::key).contains(first.key());

        // "another instance" writes an outlet straight to the tables: this cache does not hold it yet
        Outlet other = QuarkusTransaction.requiringNew().call(() -> store.create(new Outlet("other-" + id, "Other Herald " + id,
                List.of(), List.of("other-" + id + ".example"), OutletKind.UNKNOWN), OutletStore.Origin.DISCOVERED));
        Outlet second = QuarkusTransaction.requiringNew()
                .call(() -> articleOutlets.findOrCreateUnknown("second-" + id + ".example", "Second Post " + id));
        // the cache was behind the tables, so they were read again: the other writer's outlet is there too
        assertThat(directory.byDomain("second-" + id + ".example")).map(Outlet::key).contains(second.key());
        assertThat(directory.byDomain("other-" + id + ".example")).map(Outlet::key).contains(other.key());
        assertThat(directory.byDomain("first-" + id + ".example")).map(Outlet::key).contains(first.key());
        // and the same site met again is the same outlet, not a second one
        Outlet again = QuarkusTransaction.requiringNew()
                .call(() -> articleOutlets.findOrCreateUnknown("second-" + id + ".example", "Second Post " + id));
        assertThat(again.key()).isEqualTo(second.key());
    }
}
