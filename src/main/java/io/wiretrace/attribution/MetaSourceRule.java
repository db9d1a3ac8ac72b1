package io.wiretrace.attribution;

import io.wiretrace.extract.MarkupSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Meta tags naming the original source: {@code original-source}, {@code syndication-source}, {@code dc.source} (and
 * the {@code <link rel="original-source">} form of the first two) and, with lower confidence, a bare {@code source} tag naming a known outlet. Values pointing at the page itself are
 * removed later as self-references.
 */
final class MetaSourceRule implements Rule {

    static final String ID = "markup.original-source";

    private static final Set<String> STRONG = Set.of(
            "original-source", "syndication-source", "dc.source", "dcterms.source", "citation_source", "article:source",
            "original_source", "syndication_source", "parsely-source");
    private static final Set<String> WEAK = Set.of("source");
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "(?iu)^(?:" + SourceLabelRule.ANY_LABEL + ")\\s*[:：]\\s*");

    @Override
    public List<Attribution> apply(ArticleView view) {
        List<Attribution> found = new ArrayList<>();
        for (MarkupSignal signal : view.article().markup()) {
            // a meta, or Google News' link form of the same ("<link rel=original-source href=…>")
            boolean link = signal.source() == MarkupSignal.Source.LINK && !"canonical".equals(signal.name());
            if (signal.source() != MarkupSignal.Source.META && !link || signal.name() == null || signal.value() == null) {
                continue;
            }
            String name = signal.name().toLowerCase(java.util.Locale.ROOT);
            boolean strong = STRONG.contains(name);
            if (!strong && !WEAK.contains(name)) {
                continue;
            }
            // "来源：新华网", "Source: PTI": the label some sites put inside the value
            String value = LABEL.matcher(signal.value().strip()).replaceFirst("").strip();
            if (JsonLdSourceRule.isNotAWork(value)) {
                continue; // a data file or a photo page is what a chart or picture came from
            }
            var target = value.matches("(?i)https?://.*") ? view.targets().byUrl(value, value)
                    : view.targets().known(value);
            target.filter(t -> strong || t.key() != null).ifPresent(t -> found.add(Findings.outside(
                    signal.evidence(), Findings.META, AttributionKind.META_ORIGINAL_SOURCE, t, strong ? 0.85 : 0.6, ID,
                    "The page's <" + (link ? "link rel" : "meta name") + "=\"" + signal.name() + "\"> names " + t.name()
                            + " as the original source.")));
        }
        return found;
    }
}
