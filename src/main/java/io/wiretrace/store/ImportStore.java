package io.wiretrace.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.wiretrace.archive.ArchiveFormat;
import io.wiretrace.archive.ArchiveOrigin;
import io.wiretrace.archive.Cursor;
import io.wiretrace.archive.ImportFile;
import io.wiretrace.archive.ImportRun;
import io.wiretrace.archive.RecordProblem;
import io.wiretrace.archive.StepTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Imports ({@code import_run}) and the archive records they turned into articles ({@code archive_record}). Callers own the transaction. */
@ApplicationScoped
public class ImportStore {

    private final EntityManager em;
    private final JsonColumns json;

    public ImportStore(EntityManager em, JsonColumns json) {
        this.em = em;
        this.json = json;
    }

    public void insert(UUID id, ImportFile file, long bytesTotal) {
        work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO import_run (id, status, format, file_name, "
                    + "file_path, file_size, file_sha256, bytes_total) VALUES (?, 'queued', ?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, id);
                s.setString(2, file.format().value());
                s.setString(3, file.name());
                s.setString(4, file.location());
                s.setLong(5, file.size());
                s.setString(6, file.sha256());
                s.setLong(7, bytesTotal);
                return s.executeUpdate();
            }
        });
    }

    public void setJob(UUID id, UUID jobId) {
        update("UPDATE import_run SET job_id = ? WHERE id = ?", jobId, id);
    }

    public Optional<ImportRun> byId(UUID id) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM import_run WHERE id = ?")) {
                s.setObject(1, id);
                List<ImportRun> found = read(s);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    public List<ImportRun> newest(int limit) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM import_run ORDER BY created_at DESC LIMIT ?")) {
                s.setInt(1, limit);
                return read(s);
            }
        });
    }

    /**
     * Adds a step's tallies, moves the cursor and marks the import running (a cancelled one stays cancelled); the
     * problems list keeps its first {@code problemsKept} entries.
     */
    public void advance(ImportRun run, Cursor next, long bytesRead, StepTally tally, int problemsKept) {
        List<RecordProblem> problems = new ArrayList<>(run.problems());
        tally.problems().stream().limit(Math.max(0, problemsKept - problems.size())).forEach(problems::add);
        work(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE import_run SET status = CASE WHEN status = 'queued' "
                    + "THEN 'running' ELSE status END, started_at = COALESCE(started_at, now()), cursor_member = ?, "
                    + "cursor_offset = ?, cursor_line = ?, bytes_read = ?, records_read = records_read + ?, "
                    + "stored = stored + ?, duplicates = duplicates + ?, context = context + ?, skipped_json = ?, "
                    + "failed_json = ?, problems_json = ?, updated_at = now() WHERE id = ?")) {
                s.setInt(1, next.member());
                s.setLong(2, next.offset());
                s.setLong(3, next.line());
                s.setLong(4, bytesRead);
                s.setLong(5, tally.records());
                s.setLong(6, tally.storedCount());
                s.setLong(7, tally.duplicateCount());
                s.setLong(8, tally.contextCount());
                s.setString(9, json.write(StepTally.sum(run.skipped(), tally.skipped())));
                s.setString(10, json.write(StepTally.sum(run.failed(), tally.failed())));
                s.setString(11, json.write(problems));
                s.setObject(12, run.id());
                return s.executeUpdate();
            }
        });
    }

    /** Locks the import's row until the transaction ends; true when it is still pending (not cancelled or ended). */
    public boolean lockPending(UUID id) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT status FROM import_run WHERE id = ? FOR UPDATE")) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() && !ImportRun.FINAL.contains(r.getString(1));
                }
            }
        });
    }

    /** Ends a pending import with {@code status} ({@code done}, {@code failed}); false when it had already ended. */
    public boolean finish(UUID id, String status, String error) {
        return update("UPDATE import_run SET status = ?, error = ?, finished_at = now(), updated_at = now() "
                + "WHERE id = ? AND status IN ('queued', 'running')", status, error, id) > 0;
    }

    /** Cancels a pending import; false when it had already ended. */
    public boolean cancel(UUID id) {
        return finish(id, "cancelled", null);
    }

    /** One archive record of an import and the article it gave. */
    public record RecordedArticle(String recordId, long articleId, boolean stored, String member, long offset, Long line,
                                  String targetUri, Instant warcDate, String payloadDigest) {
    }

    /** Records which article each archive record gave (a record already recorded is left as it is), one JDBC batch. */
    public void recordArticles(UUID importId, List<RecordedArticle> records) {
        if (records.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO archive_record (import_id, record_id, "
                    + "article_id, stored, member, record_offset, line, target_uri, warc_date, payload_digest) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (RecordedArticle r : records) {
                    s.setObject(1, importId);
                    s.setString(2, r.recordId());
                    s.setLong(3, r.articleId());
                    s.setBoolean(4, r.stored());
                    s.setString(5, r.member());
                    s.setLong(6, r.offset());
                    s.setObject(7, r.line(), Types.BIGINT);
                    s.setString(8, r.targetUri());
                    s.setTimestamp(9, r.warcDate() == null ? null : Timestamp.from(r.warcDate()));
                    s.setString(10, r.payloadDigest());
                    s.addBatch();
                }
                return s.executeBatch().length;
            }
        });
    }

    /** The article a record of this import became: by record id, else the newest capture of the URI. */
    public Optional<Long> articleOfRecord(UUID importId, String recordId, String targetUri) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT article_id FROM archive_record WHERE import_id = ? "
                    + "AND (record_id = ? OR (CAST(? AS TEXT) IS NULL AND target_uri = ?)) ORDER BY warc_date DESC NULLS LAST LIMIT 1")) {
                s.setObject(1, importId);
                s.setString(2, recordId);
                s.setString(3, recordId);
                s.setString(4, targetUri);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** The archive an article was imported from, if it was. */
    public Optional<ArchiveOrigin> originOf(long articleId) {
        return Optional.ofNullable(originsOf(List.of(articleId)).get(articleId));
    }

    /** The archives these articles were imported from, by article id; articles not imported are left out. */
    public Map<Long, ArchiveOrigin> originsOf(Collection<Long> articleIds) {
        Map<Long, ArchiveOrigin> out = new HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT r.*, i.file_name, i.file_size, i.file_sha256, "
                    + "i.format FROM archive_record r JOIN import_run i ON i.id = r.import_id "
                    + "WHERE r.article_id = ANY(?) AND r.stored")) {
                s.setArray(1, c.createArrayOf("bigint", articleIds.stream().distinct().toArray()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Timestamp date = r.getTimestamp("warc_date");
                        long line = r.getLong("line");
                        Long lineOrNull = r.wasNull() ? null : line;
                        out.put(r.getLong("article_id"), new ArchiveOrigin(r.getObject("import_id", UUID.class),
                                r.getString("file_name"), r.getLong("file_size"), r.getString("file_sha256"),
                                r.getString("format"), r.getString("record_id"), r.getString("target_uri"),
                                date == null ? null : date.toInstant(), r.getString("member"), r.getLong("record_offset"),
                                lineOrNull));
                    }
                }
            }
            return out;
        });
    }

    private int update(String sql, Object... values) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                return s.executeUpdate();
            }
        });
    }

    private List<ImportRun> read(PreparedStatement s) throws SQLException {
        List<ImportRun> runs = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                runs.add(new ImportRun(r.getObject("id", UUID.class), r.getObject("job_id", UUID.class),
                        r.getString("status"), ArchiveFormat.of(r.getString("format")), r.getString("file_name"),
                        r.getString("file_path"), r.getLong("file_size"), r.getString("file_sha256").strip(),
                        new Cursor(r.getInt("cursor_member"), r.getLong("cursor_offset"), r.getLong("cursor_line")),
                        r.getLong("bytes_read"), r.getLong("bytes_total"), r.getLong("records_read"),
                        r.getLong("stored"), r.getLong("duplicates"), r.getLong("context"),
                        json.read(r.getString("skipped_json"), new TypeReference<Map<String, Long>>() { }),
                        json.read(r.getString("failed_json"), new TypeReference<Map<String, Long>>() { }),
                        json.read(r.getString("problems_json"), new TypeReference<List<RecordProblem>>() { }),
                        r.getString("error"), instant(r, "created_at"), instant(r, "started_at"),
                        instant(r, "finished_at"), instant(r, "updated_at")));
            }
        }
        return runs;
    }

    private <T> T work(Jdbc.Work<T> work) {
        return Jdbc.work(em, work);
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        return Jdbc.instant(r, column);
    }
}
