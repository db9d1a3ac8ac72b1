package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void keepsAbbreviationsInitialsAndDecimalsInside() {
        List<Sentence> s = splitter.split("Mr. Smith met Dr. J. Jones in the U.S. capital. Prices rose 3.5 percent! "
                + "Why? Nobody knows… The end");
        assertThat(s).extracting(Sentence::text).containsExactly("Mr. Smith met Dr. J. Jones in the U.S. capital.",
                "Prices rose 3.5 percent!", "Why?", "Nobody knows…", "The end");
    }

    @Test
    void closingQuotesStayWithTheirSentenceAndLinesAreBoundaries() {
        String text = "Baghdad:\nShe said: “We will stay.” Then she left.\n\n«Es gibt kein Zurück.» Er ging.";
        List<Sentence> s = splitter.split(text);
        assertThat(s).extracting(Sentence::text).containsExactly("Baghdad:", "She said: “We will stay.”",
                "Then she left.", "«Es gibt kein Zurück.»", "Er ging.");
        assertThat(s).allSatisfy(x -> assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text()));
    }

    @Test
    void splitsOnCjkAndArabicPunctuationWithoutSpaces() {
        assertThat(splitter.split("他来了。她走了！真的吗？")).hasSize(3);
        assertThat(splitter.split("هل جاء؟ نعم جاء.")).hasSize(2);
    }

    @Test
    void doesNotSplitLowercaseContinuationsOrAbbreviationsInOtherLanguages() {
        assertThat(splitter.split("Das ist z.B. gut. Sr. García llegó. Approx. ten were there."))
                .extracting(Sentence::text).containsExactly("Das ist z.B. gut.", "Sr. García llegó.", "Approx. ten were there.");
    }
}
