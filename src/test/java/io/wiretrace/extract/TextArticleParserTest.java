package io.wiretrace.extract;

import io.wiretrace.support.SharedCorpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Plain-text articles: the two seed texts of the shared corpus and small texts written here. */
class TextArticleParserTest {

    private final ArticleExtractor extractor = new JsoupArticleExtractor();

    private static String seed(String name) throws IOException {
        return Files.readString(SharedCorpus.root().resolve("pages").resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void ndtvSeedKeepsWholeTextAndTheSyndicationNotice() throws IOException {
        String text = seed("seed-ndtv.txt");
        OffsetDateTime when = OffsetDateTime.parse("2025-03-14T12:00:00Z");
        ExtractedArticle a = extractor.fromText(text, new TextHints(
                "https://www.ndtv.com/world-news/syria-foreign-minister-visits-iraq", "NDTV", null, when));

        assertThat(a.bodyText()).startsWith("Syria’s interim foreign minister, Assaad al-Shaibani, visited Iraq")
                .contains("\n\nBaghdad:\n\nThe interim foreign minister of Syria made his inaugural trip")
                .endsWith("(Except for the headline, this story has not been edited by NDTV staff and is published "
                        + "from a syndicated feed.)");
        assertThat(a.bodyText().split("\n\n")).hasSize((int) text.lines().filter(l -> !l.isBlank()).count());
        assertThat(a.title()).isNull(); // the first line is a summary paragraph, not a headline
        assertThat(a.siteName()).isEqualTo("NDTV");
        assertThat(a.siteDomain()).isEqualTo("ndtv.com");
        assertThat(a.publishedAt()).isEqualTo(when);
    }

    @Test
    void nigeriapulseSeedFindsTheHeadlineNotTheDomainOrTagline() throws IOException {
        ExtractedArticle a = extractor.fromText(seed("seed-nigeriapulse.txt"), TextHints.NONE);

        assertThat(a.title()).isEqualTo("Syria and Iraq Strengthen Cooperation Amid Security Challenges");
        assertThat(a.bodyText()).startsWith("nigeriapulse.com\n\nBreaking news and insights at nigeriapulse.com\n\n")
                .contains("\n\nOriginal Source: www.france24.com\n\nClara Lopez\n\n")
                .doesNotContain("\n\n\n");
        assertThat(a.siteName()).isNull();
        assertThat(a.siteDomain()).isNull();
    }

    @Test
    void hintsWinAndLineEndingsAreNormalised() {
        ExtractedArticle a = extractor.fromText("First line of the story.  \r\n\r\n\r\nSecond line. \rThird line.",
                new TextHints(null, "Valley Post", "Given title", null));

        assertThat(a.title()).isEqualTo("Given title");
        assertThat(a.bodyText()).isEqualTo("First line of the story.\n\nSecond line.\n\nThird line.");
        assertThat(a.siteName()).isEqualTo("Valley Post");
    }

    @Test
    void blankTextIsNoArticle() {
        assertThatThrownBy(() -> extractor.fromText(" \n\t ", TextHints.NONE)).isInstanceOf(NoArticleFound.class);
        assertThatThrownBy(() -> extractor.fromText(null, null)).isInstanceOf(NoArticleFound.class);
    }
}
