package io.wiretrace.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start after a service was killed with SIGKILL succeeds and keeps what was committed (issue 19, row 1). */
class EmbeddedDatabaseCrashTest {

    @TempDir
    Path dir;

    /** Each child service and the data directory it holds. */
    private final java.util.Map<Process, Path> children = new java.util.LinkedHashMap<>();

    @AfterEach
    void stopChildren() throws Exception {
        for (var child : children.entrySet()) {
            // its PostgreSQL (started detached by pg_ctl, so no descendant of the child) may outlive the JVM by its
            // last writes to pg_wal: wait for it too, or the temporary directory is deleted under it (a CI run failed so)
            java.util.Optional<ProcessHandle> postmaster = runningPostmaster(child.getValue());
            List<ProcessHandle> others = child.getKey().descendants().toList();
            child.getKey().destroy(); // SIGTERM: the child's shutdown hook stops its PostgreSQL
            child.getKey().waitFor(30, TimeUnit.SECONDS);
            for (ProcessHandle p : java.util.stream.Stream.concat(postmaster.stream(), others.stream()).toList()) {
                try {
                    p.onExit().get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException stillRunning) {
                    p.destroyForcibly();
                    p.onExit().get(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    @Test
    void orphanedPostmasterOfAKilledServiceIsStoppedAndCommittedDataKept() throws Exception {
        Path data = dir.resolve("pg");
        Process service = holdDatabase(data, "committed");
        long postmaster = postmasterPid(data);
        service.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("the orphan outlives the kill")
                .contains(true);

        try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
            assertThat(rows(db)).containsExactly("committed");
        }
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void postmasterKilledTooIsRecoveredFromTheWriteAheadLog() throws Exception {
        Path data = dir.resolve("pg");
        Process service = holdDatabase(data, "committed");
        long postmaster = postmasterPid(data);
        service.destroyForcibly().waitFor();
        ProcessHandle.of(postmaster).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
        assertThat(Files.exists(data.resolve("postmaster.pid"))).isTrue();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
            assertThat(rows(db)).containsExactly("committed");
        }
    }

    @Test
    void databaseOfALiveServiceIsNeverTouched() throws Exception {
        Path data = dir.resolve("pg");
        holdDatabase(data, "live");
        long postmaster = postmasterPid(data);

        assertThatThrownBy(() -> EmbeddedDatabase.start(data)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in use by a running Wiretrace service");
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);
        assertThat(Files.readAllLines(data.resolve("postmaster.pid")).get(0)).isEqualTo(Long.toString(postmaster));
    }

    private Process holdDatabase(Path data, String row) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ServiceHoldingDatabase.class.getName(), data.toString(), row).redirectErrorStream(true).start();
        children.put(child, data);
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line; (line = out.readLine()) != null; ) {
            if (line.equals("ready")) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(Writer.nullWriter());
                    } catch (IOException ended) {
                        // the child was killed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return child;
            }
            seen.add(line);
        }
        throw new AssertionError("the child service ended before it was ready: " + String.join("\n", seen));
    }

    /** The PostgreSQL serving {@code data}, when its postmaster.pid names a running postgres process. */
    private static java.util.Optional<ProcessHandle> runningPostmaster(Path data) {
        try {
            return ProcessHandle.of(postmasterPid(data)).filter(h -> h.info().command().orElse("").contains("postgres"));
        } catch (Exception noneOrUnreadable) {
            return java.util.Optional.empty();
        }
    }

    private static long postmasterPid(Path data) throws Exception {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
    }

    private static List<String> rows(EmbeddedDatabase db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept ORDER BY v")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
