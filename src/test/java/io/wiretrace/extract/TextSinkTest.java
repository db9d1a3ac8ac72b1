package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sink writes a text given whole as it writes it given a char at a time (each call then writes at most one char,
 * as the sink did before it appended words whole): the text, its breaks, link spans and the current line.
 */
class TextSinkTest {

    private static final String CHARS = "ab é日,.\u00a0\u2007\u202f\u200b\u200c\u200d\ufeff\u00ad\n\t\u2003x";

    @Test
    void writesAsACharByCharWriter() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            TextSink sink = new TextSink();
            TextSink reference = new TextSink();
            List<int[]> open = new ArrayList<>();
            List<int[]> openReference = new ArrayList<>();
            for (int step = 0; step < 30; step++) {
                int op = random.nextInt(6);
                if (op == 0) {
                    sink.paragraphBreak();
                    reference.paragraphBreak();
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
                    for (int i = 0; i < raw.length(); i++) {
                        reference.text(String.valueOf(raw.charAt(i)));
                    }
                }
                String line = sink.currentLine();
                assertThat(line).isEqualTo(reference.currentLine());
                String text = sink.toString();
                boolean afterLastBreak = text.endsWith(line)
                        && text.lastIndexOf("\n\n") == (text.equals(line) ? -1 : text.length() - line.length() - 2);
                assertThat(line.isEmpty() || afterLastBreak).as("the current line is the text after the last break").isTrue();
            }
            assertThat(sink.toString()).isEqualTo(reference.toString());
        }
    }
}
