package io.wiretrace.api;

import io.wiretrace.app.SourceAlertRaised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the {@link SourceAlertRaised} events the service fires, for the tests (exists only in the tests). */
@ApplicationScoped
public class SourceAlertLog {

    static final List<SourceAlertRaised> RAISED = new CopyOnWriteArrayList<>();

    void onAlert(@Observes SourceAlertRaised alert) {
        RAISED.add(alert);
    }
}
