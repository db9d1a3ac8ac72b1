package io.wiretrace.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * What a killed run leaves in an embedded data directory, cleared before PostgreSQL starts on it.
 *
 * <p>A service killed with SIGKILL cannot stop its PostgreSQL: the postmaster lives on as an orphan and its
 * {@code postmaster.pid} makes the next start fail. A running service holds the embedding library's lock file
 * ({@code epg-lock}) for as long as it lives, so a data directory whose lock can be taken belongs to no live service:
 * an orphaned postmaster of that directory is stopped with a fast shutdown (open transactions roll back, committed
 * ones are on disk, since fsync and synchronous commit are on); a {@code postmaster.pid} whose process is
 * gone is left to PostgreSQL, which sees that it is stale and replays its write-ahead log (once the killed
 * postmaster's backends have ended); one whose PID another program now has is removed. A directory whose lock is
 * held is never touched.
 */
final class StaleServer {

    static final String LIBRARY_LOCK = "epg-lock";
    private static final Logger LOG = Logger.getLogger(StaleServer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private StaleServer() {
    }

    /** Clears what a killed run left in {@code dataDirectory}; throws when a live service holds it. */
    static void clear(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LIBRARY_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel, dataDirectory)) {
            if (!Files.exists(pidFile)) {
                return;
            }
            Optional<Long> pid = pidOf(pidFile);
            Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
            if (process.isPresent() && isServerOf(process.get(), dataDirectory)) {
                stop(process.get(), dataDirectory);
            }
            awaitLeftovers(dataDirectory);
            if (process.isPresent() && process.get().isAlive()) {
                // the PID now belongs to another program: PostgreSQL would take the file for a live server
                LOG.infof("%s names PID %d, now another program's: removing it", pidFile, process.get().pid());
                Files.deleteIfExists(pidFile);
            } else if (Files.exists(pidFile)) {
                LOG.infof("%s was left by a killed run (PID %s is gone): PostgreSQL replays its write-ahead log on start",
                        pidFile, pid.map(String::valueOf).orElse("unreadable"));
            }
        }
    }

    private static FileLock tryLock(FileChannel channel, Path dataDirectory) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IllegalStateException("the database in " + dataDirectory.toAbsolutePath()
                    + " is in use by a running Wiretrace service (it holds " + LIBRARY_LOCK
                    + "); stop that service or give this one another data directory (WIRETRACE_DATA_DIR)");
        }
        return lock;
    }

    private static Optional<Long> pidOf(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Backends of a postmaster killed outright end by themselves once they notice; PostgreSQL must not start while
     * one still holds the old shared memory.
     */
    private static void awaitLeftovers(Path dataDirectory) {
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (ProcessHandle.allProcesses().anyMatch(p -> isServerOf(p, dataDirectory))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL processes of " + dataDirectory.toAbsolutePath()
                        + " left by a killed run did not end within " + STOP_WAIT.toSeconds() + " s");
            }
            sleep(200);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A postgres process working in this directory (its current directory on Linux, else its -D argument). */
    static boolean isServerOf(ProcessHandle process, Path dataDirectory) {
        String command = process.info().command().orElse("");
        if (!(command.endsWith("/postgres") || command.equals("postgres"))) {
            return false;
        }
        Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
        try {
            if (Files.isDirectory(Path.of("/proc"))) {
                return Files.exists(cwd) && Files.isSameFile(cwd.toRealPath(), dataDirectory.toRealPath());
            }
            String dir = dataDirectory.toRealPath().toString();
            return process.info().arguments().map(List::of).orElse(List.of()).stream()
                    .anyMatch(a -> a.equals(dir) || a.equals(dataDirectory.toAbsolutePath().toString()));
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle postmaster, Path dataDirectory) throws IOException {
        LOG.infof("An orphaned PostgreSQL (PID %d) of a killed run still serves %s: stopping it (fast shutdown)",
                postmaster.pid(), dataDirectory.toAbsolutePath());
        // SIGINT is PostgreSQL's fast shutdown; Java's destroy() would send SIGTERM, which waits for every client
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start();
        try {
            kill.waitFor(10, TimeUnit.SECONDS);
            postmaster.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the orphaned PostgreSQL " + postmaster.pid(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the orphaned PostgreSQL (PID " + postmaster.pid() + ") of "
                    + dataDirectory.toAbsolutePath() + " did not stop within " + STOP_WAIT.toSeconds() + " s", e);
        }
        LOG.info("The orphaned PostgreSQL stopped cleanly");
    }
}
