package io.wiretrace.archive;

/**
 * A file an import reads: the name the client knows it by, where the service keeps it ({@code store:<name>} in the
 * shared import store, {@code dir:<name>} in the configured import directory), its size and SHA-256.
 */
public record ImportFile(String name, String location, long size, String sha256, ArchiveFormat format) {
}
