package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sink writes what a char-by-char writer does: text, breaks, link spans and the current line. */
class TextSinkTest {

    private static final String CHARS = "ab é日,.\u00a0\u2007\u202f\u200b\u200c\u200d\ufeff\u00ad\n\t\u2003x";

    @Test
    void writesAsACharByCharWriter() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            TextSink sink = new TextSink();
            Reference reference = new Reference();
            List<int[]> open = new ArrayList<>();
            List<int[]> openReference = new ArrayList<>();
            for (int step = 0; step < 30; step++) {
                int op = random.nextInt(6);
                if (op == 0) {
                    sink.paragraphBreak();
                    reference.pendingBreak = true;
                } else if (op == 1) {
                    open.add(sink.openLink());
                    openReference.add(reference.openLink());
                } else if (op == 2 && !open.isEmpty()) {
                    int[] span = open.remove(open.size() - 1);
                    int[] expected = openReference.remove(openReference.size() - 1);
                    sink.closeLink(span);
                    reference.closeLink(expected);
                    assertThat(span).isEqualTo(expected);
                } else {
                    StringBuilder raw = new StringBuilder();
                    for (int i = random.nextInt(12); i > 0; i--) {
                        raw.append(CHARS.charAt(random.nextInt(CHARS.length())));
                    }
                    sink.text(raw.toString());
                    reference.text(raw.toString());
                }
                assertThat(sink.currentLine()).isEqualTo(reference.currentLine());
            }
            assertThat(sink.toString()).isEqualTo(reference.out.toString());
        }
    }

    /** The sink as it was written before it appended words whole: one char at a time. */
    private static final class Reference {
        final StringBuilder out = new StringBuilder();
        boolean pendingSpace;
        boolean pendingBreak;
        final List<int[]> openLinks = new ArrayList<>();

        void text(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
                    pendingSpace = true;
                } else if (!(c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad')) {
                    emit(c);
                }
            }
        }

        void emit(char c) {
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

        String currentLine() {
            if (pendingBreak) {
                return "";
            }
            int start = out.lastIndexOf("\n\n");
            return out.substring(start < 0 ? 0 : start + 2);
        }
    }
}
