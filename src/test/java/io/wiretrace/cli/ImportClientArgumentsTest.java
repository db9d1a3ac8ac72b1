package io.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportClientArgumentsTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() {
        assertThat(ImportClient.run(new String[] {"--help"}, out)).isZero();
        assertThat(printed()).startsWith("usage: ").contains("--token").contains("exit status");
        assertThat(ImportClient.run(new String[] {"dump.warc", "-h"}, out)).isZero();
    }

    @Test
    void anUnknownOptionIsAUsageErrorNotAFileName() {
        assertThat(ImportClient.run(new String[] {"dump.warc", "--tokn", "x"}, out)).isEqualTo(2);
        assertThat(printed()).contains("unknown option --tokn").contains("usage: ").doesNotContain("no such file");
    }

    @Test
    void noFileOrAMissingUrlValueIsAUsageError() {
        assertThat(ImportClient.run(new String[] {}, out)).isEqualTo(2);
        assertThat(ImportClient.run(new String[] {"dump.warc", "--url"}, out)).isEqualTo(2);
        assertThat(printed()).contains("usage: ");
    }

    @Test
    void aMissingFileIsReportedAndFails() {
        assertThat(ImportClient.run(new String[] {"target/no-such-dump.warc", "--url", "http://127.0.0.1:9"}, out)).isEqualTo(1);
        assertThat(printed()).contains("no such file");
    }
}
