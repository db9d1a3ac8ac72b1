package io.wiretrace.app;

import io.wiretrace.reuse.ReuseClass;
import io.wiretrace.reuse.ReuseMatch;
import io.wiretrace.reuse.SentencePair;
import io.wiretrace.reuse.VerbatimPassage;
import java.util.Comparator;
import java.util.List;

/** Orientation and ordering of reuse matches as one article sees them. */
public final class ReuseMatches {

    private ReuseMatches() {
    }

    /** The match with {@code articleId} as side A (flips it when it is side B). */
    public static ReuseMatch orientTo(String articleId, ReuseMatch m) {
        if (m.aId().equals(articleId)) {
            return m;
        }
        List<VerbatimPassage> passages = m.passages().stream()
                .map(p -> new VerbatimPassage(p.bStart(), p.bEnd(), p.aStart(), p.aEnd(), p.matchedTokens(), p.quoted()))
                .sorted(Comparator.comparingInt(VerbatimPassage::aStart)).toList();
        List<SentencePair> pairs = m.paraphrases().stream()
                .map(p -> new SentencePair(p.b(), p.a(), p.similarity(), p.lexical(), p.semantic(), p.sharedAnchors()))
                .sorted(Comparator.comparingInt(p -> p.a().start())).toList();
        return new ReuseMatch(m.bId(), m.aId(), m.earlierId(), m.earlierBy(), m.reuseClass(), m.reason(),
                m.containmentBInA(), m.containmentAInB(), m.jaccard(), passages, pairs, m.sharedQuotes(),
                m.sharedNumbers(), m.sharedNames(), m.dependence() == null ? null : m.dependence().flipped());
    }

    /** Strongest reuse first: by class (duplicate ... same story), then by the larger containment. */
    public static final Comparator<ReuseMatch> BEST_FIRST = Comparator
            .comparingInt((ReuseMatch m) -> rank(m.reuseClass()))
            .thenComparing(Comparator.comparingDouble(ReuseMatch::maxContainment).reversed())
            .thenComparing(ReuseMatch::bId);

    private static int rank(ReuseClass c) {
        return switch (c) {
            case DUPLICATE -> 0;
            case SUBSTANTIAL_REUSE -> 1;
            case REWRITE -> 2;
            case PARTIAL_REUSE -> 3;
            case SAME_STORY -> 4;
            case NONE -> 5;
        };
    }
}
