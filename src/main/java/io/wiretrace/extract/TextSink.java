package io.wiretrace.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates body text with collapsed whitespace and "\n\n" between paragraphs, writing separators lazily so that
 * offsets taken while writing (link anchors) stay valid in the final text. Not thread-safe; one per extraction.
 */
final class TextSink {

    private final StringBuilder out = new StringBuilder();
    private boolean pendingSpace;
    private boolean pendingBreak;
    private final List<int[]> openLinks = new ArrayList<>();
    /** Where the paragraph being written starts: after the last "\n\n" (text never writes a newline of its own). */
    private int lineStart;

    void text(String raw) {
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i++);
            if (space(c)) {
                pendingSpace = true;
            } else if (!invisible(c)) {
                emit(c);
                // the rest of the word: nothing pending after emit, every open link started, so appended as it is
                int start = i;
                while (i < raw.length() && !space(raw.charAt(i)) && !invisible(raw.charAt(i))) {
                    i++;
                }
                out.append(raw, start, i);
            }
        }
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    private static boolean invisible(char c) {
        return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad';
    }

    private void emit(char c) {
        if (out.length() > 0) {
            if (pendingBreak) {
                out.append("\n\n");
                lineStart = out.length();
            } else if (pendingSpace) {
                out.append(' ');
            }
        }
        pendingBreak = false;
        pendingSpace = false;
        for (int[] link : openLinks) {
            if (link[0] < 0) {
                link[0] = out.length();
            }
        }
        out.append(c);
    }

    void paragraphBreak() {
        pendingBreak = true;
    }

    /** Starts recording a link; the returned holder gets {start, end} (-1 when no text was written). */
    int[] openLink() {
        int[] link = {-1, -1};
        openLinks.add(link);
        return link;
    }

    void closeLink(int[] link) {
        openLinks.remove(link);
        if (link[0] >= 0) {
            link[1] = out.length();
        }
    }

    /** The text written since the last paragraph break (empty at the start of a paragraph). */
    String currentLine() {
        if (pendingBreak) {
            return "";
        }
        return out.substring(lineStart);
    }

    int length() {
        return out.length();
    }

    String substring(int start, int end) {
        return out.substring(start, end);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
