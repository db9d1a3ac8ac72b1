package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link LanguageGuess} on the bodies of the pool's real pages ({@code ../shared/corpus/pool}) that declare their
 * language in markup, the declaration taken as the truth: how often it guesses, and how often it guesses wrong. Only
 * languages the guesser knows count; a page in another language must get no guess (counted as a wrong guess if it
 * gets one).
 */
class LanguageGuessPoolTest {

    private static final List<String> KNOWN = List.of("en", "fr", "de", "es", "pt", "it", "nl", "sv", "da", "no", "fi",
            "ro", "hu", "id", "tr", "ru", "el");

    /** The language the page states on its root element. */
    private static final Pattern DECLARED = Pattern.compile("(?i)<html[^>]*?\\slang\\s*=\\s*[\"']?([a-z]{2})\\b");

    @Test
    void guessesMostDeclaredLanguagesAndAlmostNeverAWrongOne() throws IOException {
        Path pages = Path.of(System.getProperty("wiretrace.corpus", "../shared/corpus")).resolve("pool/pages");
        Assumptions.assumeTrue(Files.isDirectory(pages), "pool pages absent at " + pages.toAbsolutePath() + "; skipping");
        JsoupArticleExtractor extractor = new JsoupArticleExtractor();
        int known = 0;
        int right = 0;
        int wrong = 0;
        int other = 0;
        List<Path> files;
        try (var s = Files.list(pages)) {
            files = s.filter(p -> p.toString().endsWith(".gz")).sorted().toList();
        }
        for (Path file : files) {
            String html = read(file);
            Matcher lang = DECLARED.matcher(html);
            if (!lang.find()) {
                continue;
            }
            ExtractedArticle x;
            try {
                x = extractor.fromHtml(html, null);
            } catch (RuntimeException noArticle) {
                continue;
            }
            String declared = lang.group(1).toLowerCase(Locale.ROOT);
            String guess = LanguageGuess.of(x.bodyText()).orElse(null);
            if (KNOWN.contains(declared.equals("nb") || declared.equals("nn") ? "no" : declared)) {
                known++;
                if (guess != null && (guess.equals(declared) || guess.equals("no") && declared.startsWith("n"))) {
                    right++;
                } else if (guess != null) {
                    wrong++;
                }
            } else {
                other++;
                if (guess != null) {
                    wrong++;
                }
            }
        }
        System.out.printf("LanguageGuess on the pool: %d pages in a known language, %d guessed right, %d wrong guesses"
                + " (of them pages in other languages: %d pages)%n", known, right, wrong, other);
        assertThat(known).isGreaterThan(100);
        assertThat((double) right / known).isGreaterThan(0.85);
        assertThat((double) wrong / (right + wrong)).isLessThan(0.03);
    }

    private static String read(Path file) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
