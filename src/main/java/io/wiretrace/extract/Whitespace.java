package io.wiretrace.extract;

import java.util.regex.Pattern;

/**
 * Runs of whitespace collapsed to one space, with the pattern compiled once: {@code String.replaceAll} compiles its
 * regex on every call, and extraction collapses whitespace in many small strings per page. Stateless.
 */
final class Whitespace {

    private static final Pattern RUN = Pattern.compile("\\s+");

    private Whitespace() {
    }

    /** {@code s.replaceAll("\\s+", " ")}. */
    static String collapse(String s) {
        return RUN.matcher(s).replaceAll(" ");
    }
}
