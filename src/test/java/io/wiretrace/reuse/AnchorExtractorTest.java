package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnchorExtractorTest {

    private final AnchorExtractor extractor = new AnchorExtractor(new TextNormalizer());

    @Test
    void quotesAreNormalisedSoThatQuoteStylesMeet() {
        AnchorFacts a = extractor.extract("He said “Security is a shared responsibility” on Friday.");
        AnchorFacts b = extractor.extract("Officials repeated that \"security is a shared responsibility\".");
        assertThat(a.ofKind(AnchorKind.QUOTE)).extracting(Anchor::normalized)
                .containsExactly("security is a shared responsibility");
        assertThat(a.sharedWith(b)).extracting(Anchor::kind).contains(AnchorKind.QUOTE);
        assertThat(extractor.extract("the so-called \"deal\" failed").ofKind(AnchorKind.QUOTE)).isEmpty();
    }

    @Test
    void rareNumbersStandAloneAndSmallNumbersKeepTheirContext() {
        AnchorFacts facts = extractor.extract("At least 1,383 civilians died; 13 Syrians were held in 2025 and 40 percent fled.");
        assertThat(facts.ofKind(AnchorKind.NUMBER)).extracting(Anchor::normalized)
                .containsExactly("n:1383", "n:13 syrian", "n:2025 and", "n:40 percent");
        assertThat(facts.ofKind(AnchorKind.NUMBER).get(0).text()).isEqualTo("1,383 civilians");
        assertThat(extractor.extract("a toll of 1.383 lives").keys()).containsAnyOf(facts.keys());
    }

    @Test
    void namesAreMultiWordCapitalisedRunsWithParticles() {
        AnchorFacts facts = extractor.extract("During his visit, Shaibani met Iraqi Foreign Minister Fuad Hussein and "
                + "recalled the fall of Bashar al-Assad. The Ministry said so.");
        assertThat(facts.ofKind(AnchorKind.NAME)).extracting(Anchor::text)
                .containsExactly("Iraqi Foreign Minister Fuad Hussein", "Fuad Hussein", "Bashar al-Assad");
    }

    @Test
    void abbreviatedTitlesAreNotNames() {
        assertThat(extractor.extract("On stage were Florida Gov. Ron DeSantis and New Jersey Gov. Chris Christie.")
                .ofKind(AnchorKind.NAME)).extracting(Anchor::text)
                .containsExactly("Ron DeSantis", "New Jersey", "Chris Christie");
    }
}
