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

    void text(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
                pendingSpace = true;
            } else if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad') {
                continue;
            } else {
                emit(c);
            }
        }
    }

    private void emit(char c) {
        if (out.length() > 0) {
            if (pendingBreak) {
                out.append("\n\n");
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
        int start = out.lastIndexOf("\n\n");
        return out.substring(start < 0 ? 0 : start + 2);
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
