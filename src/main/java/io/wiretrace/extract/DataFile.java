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
 * Reads a word-list data file from the classpath: one entry a line, {@code #} comments and blank lines skipped; as
 * entries, a language column before a tab dropped and lower-cased. Stateless.
 */
public final class DataFile {

    private DataFile() {
    }

    /** The entries of the file, in file order; fails when the file is missing from the classpath. */
    public static List<String> entries(String resource) {
        return lines(resource).stream().map(line -> line.substring(line.indexOf('\t') + 1).strip()
                .toLowerCase(Locale.ROOT)).toList();
    }

    /** The file's lines as written (language column included), comments and blank lines skipped, in file order. */
    public static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }
}
