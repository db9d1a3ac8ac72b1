package io.wiretrace.api;

import io.wiretrace.app.ReadReuse;
import io.wiretrace.reuse.Anchor;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.reuse.SentencePair;
import io.wiretrace.reuse.VerbatimPassage;
import io.wiretrace.verdict.Review;
import java.util.List;
import java.util.Locale;

/**
 * A reuse match as one article ("this") sees it. Offsets index the {@code bodyText} of each article.
 *
 * @param earlier "this", "other" or null when neither is known to be earlier (unknown, or within a minute)
 * @param earlierBy what {@code earlier} rests on: "publication" (both stated publication times), "first_seen" (when
 *     Wiretrace first saw each) or "mixed" (one's publication time against the other's first-seen time)
 * @param dependence the degree (wholly/partially derived, independent) with its shares and reasons; null for a match
 *     stored before it was judged, until rematched ({@code POST /api/reuse/rematch})
 * @param review the verdict that stands on the match, null when none
 */
public record ReuseMatchJson(
        ArticleSummaryJson other, String reuseClass, DependenceJson dependence, String reason, String earlier,
        String earlierBy, Long earlierId,
        double containmentOfThisInOther, double containmentOfOtherInThis, double jaccard,
        List<Passage> passages, List<Paraphrase> paraphrases,
        List<String> sharedQuotes, List<String> sharedNumbers, List<String> sharedNames, Review review) {

    /** A verbatim passage with its place in both texts and the text as it appears in this article. */
    public record Passage(int thisStart, int thisEnd, int otherStart, int otherEnd, int matchedTokens, boolean quoted,
                          String text) {
    }

    /** A sentence of each text, aligned by meaning. */
    public record Paraphrase(Span thisSentence, Span otherSentence, double similarity, double lexical, double semantic,
                             List<String> sharedAnchors) {
    }

    /** A sentence: its text and offsets. */
    public record Span(int start, int end, String text) {
    }

    static ReuseMatchJson of(ReadReuse.Seen seen, String thisBody, boolean full, Review review,
                             io.wiretrace.archive.ArchiveOrigin otherOrigin) {
        ReuseMatch m = seen.match();
        String earlier = m.earlierId() == null ? null : m.earlierId().equals(m.aId()) ? "this" : "other";
        List<Passage> passages = m.passages().stream().map(p -> passage(p, thisBody)).toList();
        List<Paraphrase> pairs = m.paraphrases().stream().map(ReuseMatchJson::paraphrase).toList();
        if (!full) {
            passages = passages.stream().limit(20).toList();
            pairs = pairs.stream().limit(20).toList();
        }
        return new ReuseMatchJson(ArticleSummaryJson.of(seen.other(), otherOrigin), m.reuseClass().name().toLowerCase(Locale.ROOT),
                DependenceJson.of(m.dependence(), m.aId()), m.reason(), earlier, m.earlierBy(), m.earlierId() == null ? null : Long.parseLong(m.earlierId()),
                m.containmentAInB(), m.containmentBInA(), m.jaccard(), passages, pairs, m.sharedQuotes(), m.sharedNumbers(), m.sharedNames(),
                review);
    }

    private static Passage passage(VerbatimPassage p, String body) {
        String text = p.aEnd() <= body.length() ? body.substring(p.aStart(), p.aEnd()) : null;
        return new Passage(p.aStart(), p.aEnd(), p.bStart(), p.bEnd(), p.matchedTokens(), p.quoted(), text);
    }

    private static Paraphrase paraphrase(SentencePair p) {
        return new Paraphrase(new Span(p.a().start(), p.a().end(), p.a().text()),
                new Span(p.b().start(), p.b().end(), p.b().text()), p.similarity(), p.lexical(), p.semantic(),
                p.sharedAnchors().stream().map(Anchor::text).toList());
    }
}
