package io.wiretrace.attribution;

import java.util.List;

/**
 * Words a Chinese source label puts around an outlet's name ("新华社客户端", the agency's app; "综合新华社、央视新闻",
 * compiled from both), a data file ({@code attribution/cjk-source-wrappers.tsv}, "…" where the name stands). Stateless.
 */
final class CjkSourceWrappers {

    private static final List<String> WRAPPERS = WordList.lines("/attribution/cjk-source-wrappers.tsv");
    private static final List<String> PREFIXES = WRAPPERS.stream()
            .filter(w -> w.endsWith("…")).map(w -> w.substring(0, w.length() - 1)).toList();
    private static final List<String> SUFFIXES = WRAPPERS.stream()
            .filter(w -> w.startsWith("…")).map(w -> w.substring(1)).toList();

    private CjkSourceWrappers() {
    }

    /** The value without one wrapping prefix and one suffix; the value itself when it has none. */
    static String without(String value) {
        String v = value.strip();
        for (String p : PREFIXES) {
            if (v.startsWith(p) && v.length() > p.length() + 1) {
                v = v.substring(p.length()).strip();
                break;
            }
        }
        for (String s : SUFFIXES) {
            if (v.endsWith(s) && v.length() > s.length() + 1) {
                v = v.substring(0, v.length() - s.length()).strip();
                break;
            }
        }
        return v;
    }
}
