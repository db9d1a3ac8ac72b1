package io.wiretrace.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportOutcomeTest {

    @Test
    void anImportThatStoredOrFoundAnArticleIsDone() {
        assertThat(ImportOutcome.nothingStored(10, 1, 0, 2, Map.of("no_article", 7L), Map.of())).isEmpty();
        assertThat(ImportOutcome.nothingStored(10, 0, 8, 2, Map.of(), Map.of())).isEmpty(); // the same file again
    }

    @Test
    void anImportThatStoredNothingSaysWhy() {
        assertThat(ImportOutcome.nothingStored(0, 0, 0, 0, Map.of(), Map.of())).get().asString()
                .contains("no article record");
        assertThat(ImportOutcome.nothingStored(3, 0, 0, 3, Map.of(), Map.of())).get().asString()
                .contains("only 3 context records");
        assertThat(ImportOutcome.nothingStored(5, 0, 0, 1, Map.of("not_html", 3L), Map.of("invalid_input", 1L)))
                .get().asString().contains("of 5 records read").contains("skipped 3 not_html")
                .contains("failed 1 invalid_input");
    }
}
