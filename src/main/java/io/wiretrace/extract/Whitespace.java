package io.wiretrace.extract;

/**
 * Runs of whitespace collapsed to one space by a scan of the chars: {@code String.replaceAll("\\s+", " ")} compiled
 * its regex on every call and a compiled pattern still builds a new string for every text, while most short texts
 * need no change (returned as they are). Whitespace is what {@code \s} matches in a Java regex: space, tab, line feed,
 * vertical tab, form feed and carriage return. Stateless.
 */
final class Whitespace {

    private Whitespace() {
    }

    /** {@code s.replaceAll("\\s+", " ")}. */
    static String collapse(String s) {
        return collapse(s, false);
    }

    /** {@code s.replace('\u00a0', ' ').replaceAll("\\s+", " ")}: no-break spaces count as spaces. */
    static String collapseWithNoBreak(String s) {
        return collapse(s, true);
    }

    private static String collapse(String s, boolean noBreak) {
        int n = s.length();
        int i = 0;
        for (; i < n; i++) { // the first char that changes: a run's second char, or a lone non-space blank
            char c = s.charAt(i);
            if (c == ' ') {
                if (i + 1 < n && isSpace(s.charAt(i + 1), noBreak)) {
                    break;
                }
            } else if (isSpace(c, noBreak)) {
                break;
            }
        }
        if (i == n) {
            return s;
        }
        // chars read from and written to arrays: charAt and StringBuilder.append per char cost more on long texts
        char[] in = s.toCharArray();
        char[] out = new char[n];
        System.arraycopy(in, 0, out, 0, i);
        int length = i;
        boolean inRun = false;
        for (; i < n; i++) {
            char c = in[i];
            if (isSpace(c, noBreak)) {
                if (!inRun) {
                    out[length++] = ' ';
                    inRun = true;
                }
            } else {
                out[length++] = c;
                inRun = false;
            }
        }
        return new String(out, 0, length);
    }

    private static boolean isSpace(char c, boolean noBreak) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || noBreak && c == '\u00a0';
    }
}
