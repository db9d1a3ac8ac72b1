package io.wiretrace.security;

import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Runs database work from a filter: at once on a worker thread, or moved to one from the event loop (a filter of a
 * refused or body-reading request runs there).
 */
final class Blocking {

    private Blocking() {
    }

    static Uni<Void> run(Runnable work) {
        if (BlockingOperationControl.isBlockingAllowed()) {
            work.run();
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().<Void>item(() -> {
            work.run();
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
