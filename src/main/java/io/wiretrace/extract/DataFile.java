package io.wiretrace.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a word-list data file from the classpath: one entry a line, {@code #} comments and blank lines skipped, a
 * language column before a tab dropped, entries lower-cased. Stateless.
 */
public final class DataFile {

    private DataFile() {
    }

    /** The entries of the file, in file order; fails when the file is missing from the classpath. */
    public static List<String> entries(String resource) {
        List<String> entries = new ArrayList<>();
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(line.substring(line.indexOf('\t') + 1).strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }
}
