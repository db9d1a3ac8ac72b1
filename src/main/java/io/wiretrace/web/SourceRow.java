package io.wiretrace.web;

import io.wiretrace.watch.Source;
import io.wiretrace.watch.SourceStatus;
import java.util.List;
import java.util.Locale;

/** One watched source as the pages show it: health at a glance, its alert marked. */
public record SourceRow(long id, String url, String kind, String title, String outlet, boolean paused, String status,
                        String detail, String lastPoll, String nextPoll, String perDay, int failures, int ingested,
                        int waiting, String alert, String every) {

    static SourceRow of(SourceStatus status) {
        Source s = status.source();
        return new SourceRow(s.id(), s.url(), s.kind().wireName().replace('_', ' '), s.title(), s.outletKey(), s.paused(),
                s.lastPollStatus() == null ? "not polled yet" : s.lastPollStatus().replace('_', ' '), s.lastPollDetail(),
                Times.of(s.lastPollAt()), s.paused() ? "paused" : Times.of(s.nextPollAt()),
                String.format(Locale.ROOT, "%.1f", status.itemsPerDay()), s.consecutiveFailures(),
                status.items().getOrDefault("ingested", 0), status.items().getOrDefault("pending", 0), s.alertReason(),
                Times.every(s.interval()));
    }

    static List<SourceRow> of(List<SourceStatus> statuses) {
        return statuses.stream().map(SourceRow::of).toList();
    }
}
