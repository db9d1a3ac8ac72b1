package io.wiretrace.url;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Query parameters that only say how a reader arrived (campaign, click and share ids), never which page: read once from
 * {@code url/tracking-parameters.txt}, which names its sources. A line ending in {@code *} is a prefix.
 */
final class TrackingParameters {

    private static final Set<String> NAMES = new HashSet<>();
    private static final List<String> PREFIXES = new ArrayList<>();

    static {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                TrackingParameters.class.getResourceAsStream("/url/tracking-parameters.txt")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String l = line.strip().toLowerCase(Locale.ROOT);
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.endsWith("*")) {
                    PREFIXES.add(l.substring(0, l.length() - 1));
                } else {
                    NAMES.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TrackingParameters() {
    }

    static boolean isTracking(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(n) || PREFIXES.stream().anyMatch(n::startsWith);
    }
}
