package io.wiretrace.web;

/**
 * Long values shortened for display: a stored field can be very long (a 100,000-character URL found on a page, a
 * title without end), and a page shows the start and the end of it around an ellipsis, never the whole.
 */
final class Shorten {

    /** Longest title shown in a list or heading. */
    static final int TITLE = 300;
    /** Longest address shown. */
    static final int URL = 200;
    /** Longest field value shown. */
    static final int FIELD = 1000;
    /** Longest address linked to; a longer one is shown as text only. */
    static final int HREF = 2048;

    private Shorten() {
    }

    /** {@code value} when it has at most {@code max} characters, else its start and end around " … ". */
    static String of(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int head = max * 2 / 3;
        int tail = max - head - 3;
        return value.substring(0, safeEnd(value, head)) + " … " + value.substring(safeStart(value, value.length() - tail));
    }

    /** The address when it is short enough to link to, else null. */
    static String href(String href) {
        return href == null || href.length() > HREF ? null : href;
    }

    private static int safeEnd(String s, int end) {
        return end > 0 && Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end;
    }

    private static int safeStart(String s, int start) {
        return start < s.length() && Character.isLowSurrogate(s.charAt(start)) ? start + 1 : start;
    }
}
