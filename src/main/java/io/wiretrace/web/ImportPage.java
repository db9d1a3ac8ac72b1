package io.wiretrace.web;

import io.wiretrace.app.ImportArchives;
import io.wiretrace.archive.ImportRun;
import io.wiretrace.archive.RecordProblem;
import java.util.List;
import java.util.Map;

/**
 * One import as its page shows it: status, a progress bar of bytes read, the tallies and the first problems.
 *
 * @param percent bytes read of the total, 0-100
 */
record ImportPage(String id, String status, String format, String fileName, boolean running, int percent,
                  long recordsRead, long stored, long duplicates, long context, Map<String, Long> skipped,
                  Map<String, Long> failed, List<RecordProblem> problems, String error) {

    static ImportPage of(ImportArchives.View view) {
        ImportRun r = view.run();
        String status = view.status();
        boolean running = status.equals("queued") || status.equals("running");
        int percent = r.bytesTotal() <= 0 ? (running ? 0 : 100) : (int) Math.min(100, 100 * r.bytesRead() / r.bytesTotal());
        return new ImportPage(r.id().toString(), status, r.format().value(), r.fileName(), running, percent,
                r.recordsRead(), r.stored(), r.duplicates(), r.context(), r.skipped(), r.failed(),
                r.problems().stream().limit(50).toList(), view.error());
    }
}
