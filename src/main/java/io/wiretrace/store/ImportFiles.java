package io.wiretrace.store;

import io.wiretrace.archive.ArchiveFormat;
import io.wiretrace.archive.ImportFile;
import io.wiretrace.article.InvalidInput;
import io.wiretrace.config.WiretraceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The files imports read: uploads kept in the import store ({@code store:<name>}) and files of the configured import
 * directory ({@code dir:<name>}). A name from a client is a plain file name inside that directory: no separators, no
 * {@code ..}, and its real path (symbolic links followed) must stay inside it.
 */
@ApplicationScoped
public class ImportFiles {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,254}");

    private final Path store;
    private final Optional<Path> dir;

    public ImportFiles(WiretraceConfig config) {
        this.store = Path.of(config.imports().store()).toAbsolutePath().normalize();
        this.dir = config.imports().dir().map(d -> Path.of(d).toAbsolutePath().normalize());
    }

    /** A new file in the import store for an upload (its name is random; the caller writes it). */
    public Path newUpload() {
        try {
            Files.createDirectories(store);
            return store.resolve(UUID.randomUUID() + ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The location an upload written to {@code path} (from {@link #newUpload}) is read from. */
    public String locationOf(Path upload) {
        return "store:" + upload.getFileName();
    }

    /** A file of the import directory named by a client, checked; its format detected from its first bytes. */
    public ImportFile named(String name) {
        Path root = dir.orElseThrow(() -> new InvalidInput("file",
                "importing a file by name is off: no import directory is configured (wiretrace.imports.dir)"));
        if (name == null || name.isBlank()) {
            throw new InvalidInput("file", "file is missing: give the name of a file in the import directory");
        }
        if (!PLAIN_NAME.matcher(name).matches() || name.contains("..")) {
            throw new InvalidInput("file", "file '" + name + "' is not a plain file name in the import directory "
                    + "(no paths, no '..')");
        }
        Path file = root.resolve(name).normalize();
        try {
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath(LinkOption.NOFOLLOW_LINKS))) {
                throw new InvalidInput("file", "file '" + name + "' is not a file of the import directory");
            }
        } catch (IOException e) {
            throw new InvalidInput("file", "file '" + name + "' cannot be read: " + e.getMessage());
        }
        ArchiveFormat format = detect(file).orElseThrow(() -> new InvalidInput("file", "file '" + name
                + "' is not a WARC, WACZ or NDJSON file (its first bytes say none of these)"));
        return new ImportFile(name, "dir:" + name, size(file), sha256(file), format);
    }

    /** Where the service reads a file at {@code location}. */
    public Path resolve(String location) {
        int colon = location.indexOf(':');
        String name = location.substring(colon + 1);
        Path root = location.startsWith("store:") ? store : dir.orElseThrow(() -> new IllegalStateException(
                "the import directory is no longer configured"));
        return root.resolve(name);
    }

    /** The format of a file from its first bytes. */
    public static Optional<ArchiveFormat> detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ArchiveFormat.detect(in.readNBytes(ArchiveFormat.HEAD_BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
