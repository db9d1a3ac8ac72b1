package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.support.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The regex the quote scan replaced (for speed): both must find the same quotes in any text. */
    private static final Pattern QUOTE = Pattern.compile("[“\"«„]([^“”\"«»„\\n]{8,600}?)[”\"»“]");

    @Test
    void theQuoteScanFindsWhatTheQuoteRegexFinds() {
        String[] pieces = {"a", "b ", "word ", "“", "”", "\"", "«", "»", "„", "\n", "\r", "😀", "\ud83d", "é",
                "x".repeat(300)};
        for (String s : RandomTexts.of(pieces, 5_000, 40, 17)) {
            assertThat(scanned(s)).as(s).isEqualTo(byRegex(s));
        }
    }

    private static List<String> byRegex(String s) {
        List<String> spans = new ArrayList<>();
        Matcher m = QUOTE.matcher(s);
        while (m.find()) {
            spans.add(m.start() + "-" + m.end());
        }
        return spans;
    }

    private static List<String> scanned(String s) {
        List<String> spans = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            int close = "“\"«„".indexOf(s.charAt(i)) >= 0 ? AnchorExtractor.quoteClose(s, i) : -1;
            if (close >= 0) {
                spans.add(i + "-" + (close + 1));
                i = close;
            }
        }
        return spans;
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
