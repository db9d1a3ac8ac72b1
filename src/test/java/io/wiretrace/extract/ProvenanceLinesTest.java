package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvenanceLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "This article was originally published on The Example Review.",
        "THIS STORY FIRST APPEARED IN THE HARBOUR GAZETTE",
        "Dieser Beitrag erschien zuerst bei Beispiel Online.",
        "Nachdruck mit freundlicher Genehmigung des Verlags",
        "Reprinted with permission from the Example Daily",
        "Cet article a été publié à l'origine sur Exemple.fr",
        "— AFP",
        "(dpa)",
    })
    void keepsProvenanceLines(String line) {
        assertThat(ProvenanceLines.matches(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Read more stories about publishing and the permissions economy",
        "Subscribe to our newsletter for the first look at new stories",
        "The council said on Tuesday that the road would reopen next week after repairs.",
    })
    void leavesOtherLines(String line) {
        assertThat(ProvenanceLines.matches(line)).isFalse();
    }
}
