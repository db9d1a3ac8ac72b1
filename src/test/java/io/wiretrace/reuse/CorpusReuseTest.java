package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.JsoupArticleExtractor;
import io.wiretrace.support.SharedCorpus;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Reuse detection on real pages of the shared corpus (read in place; skipped when absent). */
class CorpusReuseTest {

    private final PairComparer comparer = PairComparer.lexical();

    @Test
    void seedsAreARewriteWithTheKeyFactsAligned() {
        ReuseMatch m = compare(SharedCorpus.read("pages/seed-ndtv.txt"), SharedCorpus.read("pages/seed-nigeriapulse.txt"));
        assertSeedRewrite(m);
    }

    static void assertSeedRewrite(ReuseMatch m) {
        assertThat(m.reuseClass()).as(m.reason()).isEqualTo(ReuseClass.REWRITE);
        assertThat(m.maxContainment()).isLessThan(0.05);
        assertThat(m.paraphrases()).as("Fuad Hussein meeting").anyMatch(both(s -> s.contains("Fuad Hussein")));
        assertThat(m.paraphrases()).as("1,383 toll").anyMatch(both(s -> s.contains("1,383")));
        assertThat(m.paraphrases()).as("online campaign").anyMatch(both(s -> s.contains("campaign")
                && s.contains("against Syrians")));
        assertThat(m.paraphrases()).as("foreign ministry's call").anyMatch(both(s -> s.contains("foreign ministry")
                && s.contains("measures")));
        assertThat(m.sharedNumbers()).contains("1,383 civilians");
        assertThat(m.sharedNames()).contains("Fuad Hussein", "Bashar al-Assad");
    }

    @Test
    void anUnrelatedPageMatchesNeitherSeed() {
        String unrelated = body("readability/medicalnewstoday/source.html");
        for (String seed : List.of("pages/seed-ndtv.txt", "pages/seed-nigeriapulse.txt")) {
            ReuseMatch m = compare(SharedCorpus.read(seed), unrelated);
            assertThat(m.reuseClass()).as(seed + ": " + m.reason()).isEqualTo(ReuseClass.NONE);
            assertThat(m.passages()).isEmpty();
        }
    }

    @Test
    void pageAndCopyWithOtherBoilerplateAreDuplicates() {
        String page = body("readability/guardian-1/source.html");
        String copy = "Republished with permission\nBy Our Correspondent, 3 hours ago\n\n" + page
                + "\n\nShare on Facebook Share on X\nComments are closed.\n© Example Daily 2025";
        ReuseMatch m = compare(page, copy);
        assertThat(m.reuseClass()).as(m.reason()).isEqualTo(ReuseClass.DUPLICATE);
        VerbatimPassage longest = m.passages().stream()
                .max(java.util.Comparator.comparingInt(VerbatimPassage::matchedTokens)).orElseThrow();
        assertThat(copy.substring(longest.bStart(), longest.bEnd())).isEqualTo(page.substring(longest.aStart(), longest.aEnd()));
    }

    @Test
    void oneParagraphQuotedInsideAnotherPageIsPartialReuseAtTheRightOffsets() {
        String source = body("readability/nytimes-1/source.html");
        String paragraph = Arrays.stream(source.split("\n+")).filter(p -> p.split("\\s+").length >= 40).findFirst()
                .orElseThrow();
        String other = body("readability/ars-1/source.html");
        int cut = other.indexOf('\n', other.length() / 2);
        String host = other.substring(0, cut) + "\n" + paragraph + "\n" + other.substring(cut + 1);

        ReuseMatch m = compare(host, source);
        assertThat(m.reuseClass()).as(m.reason()).isEqualTo(ReuseClass.PARTIAL_REUSE);
        assertThat(m.passages()).singleElement().satisfies(p -> {
            assertThat(p.aStart()).isEqualTo(cut + 1);
            assertThat(host.substring(p.aStart(), p.aEnd())).isEqualTo(paragraph.strip().replaceFirst("\\W+$", ""));
            assertThat(p.bStart()).isEqualTo(source.indexOf(paragraph));
        });
    }

    @Test
    void lightlyEditedCopyOfAPageIsSubstantialReuse() {
        String page = body("readability/seattletimes-1/source.html");
        String[] words = page.split(" ");
        for (int i = 7; i < words.length; i += 15) {
            words[i] = i % 2 == 0 ? "also" : words[i].toUpperCase() + " indeed";
        }
        ReuseMatch m = compare(page, String.join(" ", words));
        assertThat(m.reuseClass()).as(m.reason()).isEqualTo(ReuseClass.SUBSTANTIAL_REUSE);
        assertThat(m.passages().size()).isLessThan(words.length / 15 / 2); // edits bridged, not one passage per edit
    }

    @Test
    void cubadebateAndGranmaShareThePoolReport() {
        ReuseMatch m = compare(body("pages/cubadebate-pool.html"), body("pages/granma-pool.html"));
        assertThat(m.reuseClass().isReuse()).as(m.reason()).isTrue();
        assertThat(m.passages().stream().mapToInt(VerbatimPassage::matchedTokens).sum()).isGreaterThan(300);
    }

    @Test
    void foxNewsAndHuffPostOnTheSameDebateAreNotReuse() {
        ReuseMatch m = compare(body("pages/foxnews-gop-debate.html"), body("pages/huffpost-gop-debate.html"));
        assertThat(m.reuseClass().isReuse()).as(m.reason()).isFalse();
        assertThat(m.reuseClass()).as(m.reason()).isEqualTo(ReuseClass.SAME_STORY);
    }

    /** Two unrelated Wikipedia articles (Mozilla, New Zealand): they share the site's reference-list wording only. */
    @Test
    void twoUnrelatedWikipediaArticlesAreNotReuseNorOneStory() {
        ReuseMatch m = compare(body("readability/wikipedia/source.html"), body("readability/wikipedia-2/source.html"));
        assertThat(m.reuseClass()).as(m.reason()).isEqualTo(ReuseClass.NONE);
        assertThat(m.paraphrases().size()).as("aligned pairs").isLessThan(3);
    }

    private ReuseMatch compare(String a, String b) {
        return comparer.compare(new ReuseText("a", a, null, null), new ReuseText("b", b, null, null));
    }

    static String body(String relative) {
        return new JsoupArticleExtractor().fromHtml(SharedCorpus.read(relative), null).bodyText();
    }

    private static Predicate<SentencePair> both(Predicate<String> condition) {
        return p -> condition.test(p.a().text()) && condition.test(p.b().text());
    }
}
