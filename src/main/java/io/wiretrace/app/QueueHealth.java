package io.wiretrace.app;

import io.wiretrace.store.JobQueries;
import io.wiretrace.work.JobStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The queue's backlog in the health details: jobs queued, running and dead, and the oldest due job's wait. Always up:
 * a backlog means work is waiting, not that this instance is broken (the datasource check reports the database).
 */
@Readiness
@ApplicationScoped
public class QueueHealth implements HealthCheck {

    private final QueueMetrics metrics;
    private final WorkQueue queue;

    public QueueHealth(QueueMetrics metrics, WorkQueue queue) {
        this.metrics = metrics;
        this.queue = queue;
    }

    @Override
    public HealthCheckResponse call() {
        long queued = 0;
        long running = 0;
        long dead = 0;
        double oldest = 0;
        for (JobQueries.QueueStats s : metrics.snapshot()) {
            if (s.status() == JobStatus.QUEUED) {
                queued += s.count();
                oldest = Math.max(oldest, s.oldestDueSeconds());
            } else if (s.status() == JobStatus.RUNNING) {
                running += s.count();
            } else if (s.status() == JobStatus.DEAD) {
                dead += s.count();
            }
        }
        HealthCheckResponseBuilder b = HealthCheckResponse.named("work-queue").up()
                .withData("instance", queue.instance()).withData("queued", queued).withData("running", running)
                .withData("dead", dead).withData("oldestDueSeconds", Math.round(oldest));
        return b.build();
    }
}
