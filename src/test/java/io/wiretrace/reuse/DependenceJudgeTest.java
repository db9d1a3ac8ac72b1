package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DependenceJudgeTest {

    private final DependenceJudge judge = new DependenceJudge(DependenceModel.DEFAULT);

    static final String STORY = "The harbour authority of Elsworth approved a new breakwater on Tuesday after three years "
            + "of delays. Engineers said the structure would protect the fishing fleet from winter storms. The project "
            + "will cost 42 million pounds and is expected to be finished in 2029. Local fishermen welcomed the decision "
            + "but warned that construction could disrupt the spring season. The council will hold a public meeting "
            + "next month to present the final design to residents.";
    static final String EXTRA = " A spokesman for the fishermen's association said members had waited a decade for the "
            + "work and would ask the council for compensation during the months of construction at the harbour.";

    @Test
    void twoCopiesOfOneTextWithTheOrderUnknownNameNoSource() {
        Dependence d = judge.judge("7", STORY, "8", STORY, null);
        assertThat(d.level()).isEqualTo(DependenceLevel.WHOLLY_DERIVED);
        assertThat(d.derivedId()).isNull(); // either could be the copy: no direction from the order of the ids
        assertThat(judge.judge("8", STORY, "7", STORY, null).derivedId()).isNull();
        assertThat(d.reasons()).anyMatch(r -> r.contains("order unknown"));
    }

    @Test
    void aKnownOrderOrAClearDifferenceStillNamesTheDerivedText() {
        assertThat(judge.judge("7", STORY, "8", STORY, "8").derivedId()).isEqualTo("7");
        // the shorter text is wholly inside the longer one: it depends on it more than the reverse
        assertThat(judge.judge("7", STORY, "8", STORY + EXTRA, null).derivedId()).isEqualTo("7");
        assertThat(judge.judge("8", STORY + EXTRA, "7", STORY, null).derivedId()).isEqualTo("7");
    }
}
