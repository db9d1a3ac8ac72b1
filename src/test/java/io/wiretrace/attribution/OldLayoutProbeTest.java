package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A probe of credits held by old page layouts (1998–2012 templates: table cells, {@code <font>} runs split by
 * {@code <br>}, TV-station header lines, printer-friendly pages, NITF-like elements), pages of our own in
 * {@code src/test/resources/attribution/probe-old-layouts} with {@code expectations.tsv}: for each page the registry
 * keys it must credit ({@code |} between keys either of which is right), or {@code -} for a look-alike that must
 * credit no one (related links, picture credits, tickers, the outlet's own staff and copyright, navigation). Each
 * page goes through the real extractor. Prints what was read and missed, and fails below its floors: every credit
 * found must be an expected one (precision first), and at least {@value #MIN_READ} of the expected credits read.
 */
class OldLayoutProbeTest {

    private static final String DIR = "/attribution/probe-old-layouts/";
    /** Expected credits read: the figure measured when the probe was written into the suite, a regression floor. */
    private static final int MIN_READ = 93;

    private record Case(String file, String url, List<Set<String>> expected, String note) {
    }

    @Test
    void oldLayoutCreditsAreReadAndLookAlikesAreNot() {
        List<Case> cases = cases();
        int expected = 0;
        int read = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Case c : cases) {
            ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html(c.file()), c.url());
            List<Attribution> found = Detection.DETECTOR.detect(x);
            for (Attribution a : found) {
                String key = key(a);
                if (c.expected().stream().noneMatch(alternatives -> alternatives.contains(key))) {
                    wrong.add(c.file() + " -> " + Detection.summary(a) + " [" + a.rule() + "] " + a.evidence().text());
                }
                assertThat(a.evidence().text()).as("evidence of " + c.file()).isNotBlank();
                assertThat(a.confidence()).isBetween(0.0, 1.0);
            }
            for (Set<String> alternatives : c.expected()) {
                expected++;
                if (found.stream().anyMatch(a -> alternatives.contains(key(a)))) {
                    read++;
                } else {
                    missed.add(c.file() + " (" + c.note() + ") found " + found.stream().map(Detection::summary).toList());
                }
            }
        }
        missed.forEach(m -> System.out.println("MISSED " + m));
        wrong.forEach(w -> System.out.println("WRONG " + w));
        long lookAlikes = cases.stream().filter(c -> c.expected().isEmpty()).count();
        System.out.printf("old-layout probe: %d pages (%d look-alikes), %d of %d expected credits read, %d wrong%n",
                cases.size(), lookAlikes, read, expected, wrong.size());
        assertThat(wrong).as("credits no page holds").isEmpty();
        assertThat(read).as("expected credits read").isGreaterThanOrEqualTo(MIN_READ);
    }

    private static String key(Attribution a) {
        return a.target().key() != null ? a.target().key()
                : a.target().domain() != null ? a.target().domain() : a.target().name();
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String line : html("expectations.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            List<Set<String>> expected = "-".equals(f[2]) ? List.of()
                    : Arrays.stream(f[2].split(",")).map(e -> Set.of(e.split("\\|"))).collect(Collectors.toList());
            cases.add(new Case(f[0], f[1], expected, f[3]));
        }
        return cases;
    }

    private static String html(String name) {
        try {
            return Files.readString(Path.of(OldLayoutProbeTest.class.getResource(DIR + name).toURI()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
