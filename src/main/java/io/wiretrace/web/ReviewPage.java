package io.wiretrace.web;

import io.wiretrace.app.ReviewRewrites;
import io.wiretrace.article.Article;
import io.wiretrace.review.ChangedFact;
import io.wiretrace.review.Counterpart;
import io.wiretrace.review.CreditChange;
import io.wiretrace.review.DiffOp;
import io.wiretrace.review.Review;
import io.wiretrace.review.ReviewSummary;
import io.wiretrace.review.ReviewedSentence;
import io.wiretrace.review.SentenceClass;
import io.wiretrace.review.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rewrite review page: both texts side by side with every sentence classed and linked to its counterpart, and
 * the findings an auditor checks first (changed facts, credit changes, content-farm signals) above them. Rewrite
 * sentences are anchored {@code r-<index>}, source sentences {@code s-<index>}.
 */
public record ReviewPage(Side rewrite, Side source, DependenceView dependence, List<Share> shares, String sourceKept,
                         List<FactRow> facts,
                         List<CreditRow> credits, List<SignalRow> signals, List<PairRow> paraphrased,
                         List<EditRow> edited, int added, int dropped) {

    /** One side: its article and its text with classed sentences. */
    public record Side(long id, String title, String outlet, String href, MarkedText text) {
    }

    /** A share of the rewrite's sentence text, for the bar and its legend. */
    public record Share(String css, String label, String percent, double width) {
        /** Class sizing the share in the bar. */
        public String widthClass() {
            return Widths.of(width);
        }
    }

    /** A changed number, date, quote or name, linked to both sentences. */
    public record FactRow(String kind, String rewriteValue, String sourceValue, String explanation, String rewriteHref,
                          String sourceHref) {
    }

    /** A credit the rewrite dropped or added. */
    public record CreditRow(String change, String target, String kind, String evidence, String explanation) {
    }

    /** A content-farm signal with its evidence; {@code href} points at the rewrite sentence holding it, or null. */
    public record SignalRow(String code, String explanation, String evidence, String weight, String href) {
    }

    /** A paraphrased pair. */
    public record PairRow(String rewriteText, String rewriteHref, String sourceText, String sourceHref,
                          String similarity) {
    }

    /** An edited sentence as a word diff: pieces with css keep, ins or del. */
    public record EditRow(String rewriteHref, String sourceHref, List<Word> words) {
    }

    /** A run of a word diff. */
    public record Word(String css, String text) {
    }

    public static ReviewPage of(Article rewrite, Article source, ReviewRewrites.Result result) {
        Review r = result.review();
        Side rw = side(rewrite, r.rewrite(), "r", "s");
        Side src = side(source, r.source(), "s", "r");
        ReviewSummary s = r.summary();
        List<Share> shares = List.of(share("verbatim", "verbatim", s.rewriteVerbatim()),
                share("edited", "edited", s.rewriteEdited()), share("paraphrased", "paraphrased", s.rewriteParaphrased()),
                share("added", "added", s.rewriteAdded()));
        return new ReviewPage(rw, src, DependenceView.of(result.dependence(), Long.toString(rewrite.id())), shares, ArticlePage.percent(s.sourceKept()), facts(r.changedFacts()),
                credits(r.creditChanges()), signals(result.signals(), r.rewrite()), pairs(r.rewrite()),
                edits(r.rewrite()), r.rewriteOf(SentenceClass.ADDED).size(), r.sourceOf(SentenceClass.DROPPED).size());
    }

    private static Side side(Article a, List<ReviewedSentence> sentences, String self, String other) {
        List<MarkedText.Span> spans = new ArrayList<>();
        for (ReviewedSentence s : sentences) {
            String cls = s.sentenceClass().name().toLowerCase(Locale.ROOT);
            Counterpart c = s.counterparts().isEmpty() ? null : s.counterparts().get(0);
            String title = c == null ? cls + ": no counterpart on the other side"
                    : cls + " \u2194 sentence " + (c.index() + 1) + " of the other side, similarity "
                    + EvidenceGraph.confidence(c.similarity());
            spans.add(new MarkedText.Span(s.start(), s.end(), self + "-" + s.index(), "sent " + cls, title, null,
                    c == null ? null : "#" + other + "-" + c.index()));
        }
        String title = a.extracted().title() != null ? a.extracted().title() : "Article " + a.id();
        return new Side(a.id(), title, a.outlet() == null ? null : a.outlet().name(), "/articles/" + a.id(),
                MarkedText.of(a.extracted().bodyText(), spans));
    }

    private static Share share(String css, String label, double value) {
        return new Share(css, label, ArticlePage.percent(value), Math.round(value * 1000) / 10.0);
    }

    private static List<FactRow> facts(List<ChangedFact> facts) {
        return facts.stream().map(f -> new FactRow(f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                f.rewriteValue(), f.sourceValue(), f.explanation(), "#r-" + f.rewriteSentence(),
                "#s-" + f.sourceSentence())).toList();
    }

    private static List<CreditRow> credits(List<CreditChange> changes) {
        return changes.stream().map(c -> new CreditRow(c.change().name().toLowerCase(Locale.ROOT), c.target(),
                c.attribution().kind().wireName(), c.attribution().evidence().text(), c.explanation())).toList();
    }

    private static List<SignalRow> signals(List<Signal> signals, List<ReviewedSentence> sentences) {
        return signals.stream().map(s -> new SignalRow(s.code(), s.explanation(), s.evidence(),
                EvidenceGraph.confidence(s.weight()), s.start() == null ? null : sentenceAt(sentences, s.start())))
                .toList();
    }

    private static String sentenceAt(List<ReviewedSentence> sentences, int offset) {
        for (ReviewedSentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return "#r-" + s.index();
            }
        }
        return null;
    }

    private static List<PairRow> pairs(List<ReviewedSentence> rewrite) {
        List<PairRow> rows = new ArrayList<>();
        for (ReviewedSentence s : rewrite) {
            if (s.sentenceClass() == SentenceClass.PARAPHRASED && !s.counterparts().isEmpty()) {
                Counterpart c = s.counterparts().get(0);
                rows.add(new PairRow(s.text(), "#r-" + s.index(), c.text(), "#s-" + c.index(),
                        EvidenceGraph.confidence(c.similarity())));
            }
        }
        return rows;
    }

    private static List<EditRow> edits(List<ReviewedSentence> rewrite) {
        List<EditRow> rows = new ArrayList<>();
        for (ReviewedSentence s : rewrite) {
            if (s.sentenceClass() == SentenceClass.EDITED && !s.counterparts().isEmpty()) {
                List<Word> words = s.diff().stream().map(d -> new Word(d.op() == DiffOp.Op.KEEP ? "keep"
                        : d.op() == DiffOp.Op.INSERT ? "ins" : "del", d.text())).toList();
                rows.add(new EditRow("#r-" + s.index(), "#s-" + s.counterparts().get(0).index(), words));
            }
        }
        return rows;
    }
}
