package io.wiretrace.revision;

import io.wiretrace.attribution.Attribution;
import io.wiretrace.reuse.Sentence;
import io.wiretrace.reuse.SentenceSplitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes the {@link RevisionDiff} of two versions: sentences aligned by a longest common subsequence of their
 * normalised text; in each stretch between aligned sentences an old and a new sentence sharing at least
 * {@value #EDIT_MIN_OVERLAP} of their words (Dice) are one EDITED sentence with its word diff, the rest are REMOVED
 * or ADDED. Attributions are compared by kind, credited party and evidence text. Immutable and thread-safe.
 */
public final class RevisionDiffer {

    static final double EDIT_MIN_OVERLAP = 0.5;

    private final SentenceSplitter splitter = new SentenceSplitter();

    public RevisionDiff diff(RevisionContent before, RevisionContent after) {
        RevisionDiff.TextChange headline = before.headlineOnlyChange(after) != null
                ? new RevisionDiff.TextChange(before.headline(), after.headline()) : change(before.title(), after.title());
        return new RevisionDiff(headline, change(before.byline(), after.byline()),
                sentences(withoutHeading(splitter.split(before.bodyText()), before),
                        withoutHeading(splitter.split(after.bodyText()), after)),
                missing(after.attributions(), before.attributions()), missing(before.attributions(), after.attributions()));
    }

    /**
     * The body's sentences without a first one that is the version's own heading or title (a page can keep its
     * heading in the text when it differs from the title): a new heading is the headline change, not an added sentence.
     */
    private static List<Sentence> withoutHeading(List<Sentence> sentences, RevisionContent version) {
        if (sentences.isEmpty()) {
            return sentences;
        }
        String first = RevisionContent.comparable(sentences.get(0).text());
        boolean heading = !first.isEmpty() && (first.equals(RevisionContent.comparable(version.headline()))
                || first.equals(RevisionContent.comparable(version.title())));
        return heading ? sentences.subList(1, sentences.size()) : sentences;
    }

    private static RevisionDiff.TextChange change(String before, String after) {
        return RevisionContent.comparable(before).equals(RevisionContent.comparable(after)) ? null
                : new RevisionDiff.TextChange(before, after);
    }

    /** Attributions of {@code from} that {@code other} lacks (counted: a credit given twice and then once is lost once). */
    private static List<Attribution> missing(List<Attribution> from, List<Attribution> other) {
        Map<String, Integer> left = new HashMap<>(RevisionContent.counts(other));
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : from) {
            String key = RevisionContent.creditKey(a);
            if (left.getOrDefault(key, 0) > 0) {
                left.merge(key, -1, Integer::sum);
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static List<SentenceChange> sentences(List<Sentence> old, List<Sentence> now) {
        List<String> a = old.stream().map(s -> RevisionContent.comparable(s.text())).toList();
        List<String> b = now.stream().map(s -> RevisionContent.comparable(s.text())).toList();
        int[][] lcs = Lcs.table(a, b);
        List<SentenceChange> out = new ArrayList<>();
        List<Sentence> removed = new ArrayList<>();
        List<Sentence> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                flush(removed, added, out);
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(now.get(j++));
            } else {
                removed.add(old.get(i++));
            }
        }
        flush(removed, added, out);
        return out;
    }

    /** Pairs the old and new sentences of one stretch into edits; the rest are removed or added. */
    private static void flush(List<Sentence> removed, List<Sentence> added, List<SentenceChange> out) {
        Sentence[] partner = new Sentence[removed.size()];
        List<Sentence> free = new ArrayList<>(added);
        for (int k = 0; k < removed.size(); k++) {
            Sentence best = null;
            double bestOverlap = EDIT_MIN_OVERLAP;
            for (Sentence candidate : free) {
                double overlap = WordRuns.overlap(removed.get(k).text(), candidate.text());
                if (overlap >= bestOverlap) {
                    best = candidate;
                    bestOverlap = overlap;
                }
            }
            partner[k] = best;
            free.remove(best);
        }
        for (int k = 0; k < removed.size(); k++) {
            Sentence r = removed.get(k);
            Sentence p = partner[k];
            out.add(p == null
                    ? new SentenceChange(SentenceChange.Kind.REMOVED, r.text(), r.start(), r.end(), null, null, null, List.of())
                    : new SentenceChange(SentenceChange.Kind.EDITED, r.text(), r.start(), r.end(), p.text(), p.start(),
                            p.end(), WordRuns.diff(r.text(), p.text())));
        }
        free.stream().filter(Objects::nonNull).forEach(s -> out.add(new SentenceChange(SentenceChange.Kind.ADDED, null,
                null, null, s.text(), s.start(), s.end(), List.of())));
        removed.clear();
        added.clear();
    }
}
