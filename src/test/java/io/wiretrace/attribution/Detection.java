package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.outlet.OutletRegistry;
import java.util.List;

/** Shared detector over the bundled registry, and assertions on what it finds. */
final class Detection {

    static final OutletRegistry REGISTRY = OutletRegistry.fromClasspath();
    static final AttributionDetector DETECTOR = new AttributionDetector(REGISTRY);

    private Detection() {
    }

    static List<Attribution> detect(Articles article) {
        ExtractedArticle built = article.build();
        List<Attribution> found = DETECTOR.detect(built);
        for (Attribution a : found) {
            assertThat(a.reason()).isNotBlank();
            assertThat(a.rule()).isNotBlank();
            assertThat(a.confidence()).isBetween(0.0, 1.0);
            if (a.evidence().start() != null) {
                // body evidence is exactly the text at its offsets
                assertThat(built.bodyText().substring(a.evidence().start(), a.evidence().end()))
                        .isEqualTo(a.evidence().text());
            }
        }
        return found;
    }

    /** "kind:target" for each finding, target being the key, else the domain, else the name. */
    static List<String> summary(Articles article) {
        return detect(article).stream().map(Detection::summary).toList();
    }

    static String summary(Attribution a) {
        String target = a.target().key() != null ? a.target().key()
                : a.target().domain() != null ? a.target().domain() : a.target().name();
        return a.kind().wireName() + ":" + target;
    }

    /**
     * Asserts that one finding matches {@code expected} ("kind:target") as the corpus labels are matched: the kind
     * within its family (a dateline is a wire credit), the target exactly.
     */
    static void assertFinds(Articles article, String expected) {
        assertFinds(summary(article), expected);
    }

    /** The same, on the summaries of findings already made. */
    static void assertFinds(List<String> found, String expected) {
        String kind = LabelMatcher.family(expected.substring(0, expected.indexOf(':')));
        String target = expected.substring(expected.indexOf(':') + 1);
        assertThat(found).anySatisfy(f -> {
            assertThat(LabelMatcher.family(f.substring(0, f.indexOf(':')))).isEqualTo(kind);
            assertThat(f.substring(f.indexOf(':') + 1)).isEqualTo(target);
        });
    }
}
