package io.wiretrace.store;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The last observer of the service's shutdown (highest priority value: every other observer, such as the work queue
 * giving back its leases, has run): lets the embedded database stop ({@link EmbeddedDatabase#stopAfterService()}).
 */
@ApplicationScoped
public class ServiceStopped {

    void onStop(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
        EmbeddedDatabase.serviceStopped();
    }
}
