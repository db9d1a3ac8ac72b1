package io.wiretrace.review;

import io.wiretrace.reuse.NormalizedText;
import io.wiretrace.reuse.Sentence;
import io.wiretrace.reuse.TextNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Word-level diff of two sentences: longest common subsequence over normalised tokens (so case, punctuation and
 * apostrophe variants are not changes), grouped into runs of KEEP, DELETE and INSERT with offsets into each bodyText.
 * Within a change, deletions come before insertions. Immutable and thread-safe.
 */
final class WordDiff {

    /** The diff, how many tokens each side has and keeps, and the same counts for content words. */
    record Result(List<DiffOp> ops, int rewriteTokens, int sourceTokens, int kept, int rewriteContent,
            int sourceContent, int contentKept, int sharedContentWords) {

        /**
         * Dice overlap of the content words (function words left out, since they survive any rewording):
         * 2 * kept / (rewrite + source); over all words when a side has no content word; 1 for identical.
         */
        double overlap() {
            if (rewriteContent == 0 || sourceContent == 0) {
                int n = rewriteTokens + sourceTokens;
                return n == 0 ? 1 : 2.0 * kept / n;
            }
            return 2.0 * contentKept / (rewriteContent + sourceContent);
        }

        boolean identical() {
            return kept == rewriteTokens && kept == sourceTokens;
        }
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for",
            "and", "or", "but", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that",
            "with", "as", "by", "from", "his", "her", "their", "they", "he", "she", "we", "which", "who", "also", "will",
            "would", "not", "into", "than", "said", "says", "there", "these", "those", "our", "i", "you", "them", "him");

    private final TextNormalizer normalizer;

    WordDiff(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    Result diff(Sentence rewrite, Sentence source) {
        NormalizedText r = normalizer.normalize(rewrite.text());
        NormalizedText s = normalizer.normalize(source.text());
        int n = r.size();
        int m = s.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = r.tokens().get(i).equals(s.tokens().get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Runs runs = new Runs(rewrite, r, source, s);
        int contentKept = 0;
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && r.tokens().get(i).equals(s.tokens().get(j))) {
                contentKept += isContent(r.tokens().get(i)) ? 1 : 0;
                runs.add(DiffOp.Op.KEEP, i++, j++);
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                runs.add(DiffOp.Op.DELETE, -1, j++);
            } else {
                runs.add(DiffOp.Op.INSERT, i++, -1);
            }
        }
        return new Result(runs.close(), n, m, lcs[0][0], content(r), content(s), contentKept, shared(r, s));
    }

    /** Distinct content words found in both, in any order, compared by their first five letters ("ousted"/"ousting"). */
    private static int shared(NormalizedText r, NormalizedText s) {
        Set<String> a = prefixes(r);
        a.retainAll(prefixes(s));
        return a.size();
    }

    private static Set<String> prefixes(NormalizedText t) {
        Set<String> out = new HashSet<>();
        t.tokens().stream().filter(w -> isContent(w) && (w.length() >= 3 || Character.isDigit(w.charAt(0))))
                .forEach(w -> out.add(w.length() <= 5 ? w : w.substring(0, 5)));
        return out;
    }

    private static int content(NormalizedText t) {
        return (int) t.tokens().stream().filter(WordDiff::isContent).count();
    }

    static boolean isContent(String token) {
        return !FUNCTION_WORDS.contains(token);
    }

    /** Accumulates consecutive tokens of one op into a single {@link DiffOp}. */
    private static final class Runs {
        private final Sentence rs;
        private final NormalizedText r;
        private final Sentence ss;
        private final NormalizedText s;
        private final List<DiffOp> out = new ArrayList<>();
        private DiffOp.Op op;
        private int rFrom = -1;
        private int rTo = -1;
        private int sFrom = -1;
        private int sTo = -1;

        Runs(Sentence rs, NormalizedText r, Sentence ss, NormalizedText s) {
            this.rs = rs;
            this.r = r;
            this.ss = ss;
            this.s = s;
        }

        void add(DiffOp.Op next, int ri, int si) {
            if (next != op) {
                flush();
                op = next;
                rFrom = ri;
                sFrom = si;
            }
            rTo = ri;
            sTo = si;
        }

        List<DiffOp> close() {
            flush();
            return out;
        }

        private void flush() {
            if (op == null) {
                return;
            }
            int rStart = rFrom < 0 ? -1 : rs.start() + r.starts()[rFrom];
            int rEnd = rFrom < 0 ? -1 : rs.start() + r.ends()[rTo];
            int sStart = sFrom < 0 ? -1 : ss.start() + s.starts()[sFrom];
            int sEnd = sFrom < 0 ? -1 : ss.start() + s.ends()[sTo];
            String text = op == DiffOp.Op.DELETE
                    ? ss.text().substring(sStart - ss.start(), sEnd - ss.start())
                    : rs.text().substring(rStart - rs.start(), rEnd - rs.start());
            out.add(new DiffOp(op, text, rStart, rEnd, sStart, sEnd));
            op = null;
        }
    }
}
