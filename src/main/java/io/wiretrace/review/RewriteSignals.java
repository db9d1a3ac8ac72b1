package io.wiretrace.review;

import io.wiretrace.attribution.AttributionKind;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two signals about rewriting, which need the review: a credit footer on a paraphrase, and a fast paraphrase. */
final class RewriteSignals {

    private static final Pattern FOOTER = Pattern.compile("(?im)^[ \\t]*(?:original(?:ly)?\\s+(?:source|published|article"
            + "|story)(?:\\s+(?:at|on|by|in))?|sources?|via|read (?:the )?(?:original|full) (?:article|story)(?: at| on)?)"
            + "[ \\t]*[:：][ \\t]*\\S[^\\n]{0,150}$");

    private RewriteSignals() {
    }

    static Optional<Signal> footer(ReviewText article, Review review) {
        if (review == null || !mostlyParaphrased(review)) {
            return Optional.empty();
        }
        String body = article.bodyText();
        int zone = body.length() * (100 - ContentFarmSignals.FOOTER_ZONE_PERCENT) / 100;
        Matcher m = FOOTER.matcher(body);
        while (m.find()) {
            if (m.start() >= zone) {
                String line = m.group().strip();
                int start = m.start() + m.group().indexOf(line);
                return Optional.of(footerSignal(review, line, start));
            }
        }
        // a detected credit without the "Label:" form ("This article was originally published on …")
        return article.attributions().stream()
                .filter(a -> a.kind() == AttributionKind.ORIGINAL_SOURCE || a.kind() == AttributionKind.REPUBLISHED_FROM)
                .filter(a -> a.evidence() != null && a.evidence().start() != null && a.evidence().end() != null
                        && a.evidence().start() >= zone && a.evidence().end() <= body.length())
                .findFirst().map(a -> footerSignal(review, body.substring(a.evidence().start(), a.evidence().end()),
                        a.evidence().start()));
    }

    private static Signal footerSignal(Review review, String line, int start) {
        return new Signal(ContentFarmSignals.ORIGINAL_SOURCE_FOOTER, "The text ends with a source credit, yet " + figures(review)
                + " sentences aligned with the source are paraphrased: a rewrite presented as a credited copy.", line,
                start, start + line.length(), 0.4);
    }

    static Optional<Signal> fastRewrite(SignalInput in) {
        if (in.review() == null || in.source() == null || in.article().publishedAt() == null
                || in.source().publishedAt() == null || !mostlyParaphrased(in.review())) {
            return Optional.empty();
        }
        Duration gap = Duration.between(in.source().publishedAt(), in.article().publishedAt());
        if (gap.isNegative() || gap.compareTo(Duration.ofHours(ContentFarmSignals.FAST_REWRITE_HOURS)) > 0) {
            return Optional.empty();
        }
        String evidence = "published " + gap.toHours() + " h " + gap.toMinutesPart() + " min after " + in.source().id()
                + "; " + figures(in.review()) + " aligned sentences paraphrased";
        return Optional.of(new Signal(ContentFarmSignals.FAST_REWRITE, "The article appeared within hours of its source and restates"
                + " most of the source's sentences in other words: a quick rewrite of someone else's reporting.",
                evidence, null, null, 0.4));
    }

    private static boolean mostlyParaphrased(Review review) {
        return review.alignedRewriteSentences() >= ContentFarmSignals.MIN_ALIGNED
                && review.paraphrasedShareOfAligned() >= ContentFarmSignals.MOSTLY;
    }

    private static String figures(Review review) {
        return review.rewriteOf(SentenceClass.PARAPHRASED).size() + " of the " + review.alignedRewriteSentences();
    }
}
