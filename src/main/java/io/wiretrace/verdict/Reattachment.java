package io.wiretrace.verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-attaches verdicts to the findings that reproduce them, after reanalysis or rematching made new rows. A verdict
 * goes to a current finding with the same type and {@link FindingKey#identity() identity}: one whose context is the
 * same first, else the one whose context shares the most words, else the first; each finding takes at most one
 * verdict key. A verdict key that no finding reproduces is orphaned. Stateless.
 */
public final class Reattachment {

    private Reattachment() {
    }

    /** A current finding with its key. */
    public record Candidate<F>(FindingKey key, F finding) {
    }

    /**
     * @param attached  verdict key -> the finding it now belongs to
     * @param orphaned  verdict keys that no current finding reproduces
     */
    public record Result<F>(Map<FindingKey, F> attached, List<FindingKey> orphaned) {
    }

    public static <F> Result<F> assign(List<FindingKey> verdictKeys, List<Candidate<F>> findings) {
        Map<FindingKey, F> attached = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (FindingKey k : verdictKeys) { // exact first, so a near match never steals an exact one's finding
            int i = indexOf(findings, taken, k, true);
            if (i >= 0) {
                taken.add(i);
                attached.put(k, findings.get(i).finding());
            }
        }
        List<FindingKey> orphaned = new ArrayList<>();
        for (FindingKey k : verdictKeys) {
            if (attached.containsKey(k)) {
                continue;
            }
            int i = indexOf(findings, taken, k, false);
            if (i >= 0) {
                taken.add(i);
                attached.put(k, findings.get(i).finding());
            } else {
                orphaned.add(k);
            }
        }
        return new Result<>(attached, orphaned);
    }

    private static <F> int indexOf(List<Candidate<F>> findings, Set<Integer> taken, FindingKey k, boolean exact) {
        int best = -1;
        double bestScore = -1;
        for (int i = 0; i < findings.size(); i++) {
            FindingKey f = findings.get(i).key();
            if (taken.contains(i) || f.type() != k.type() || !f.identity().equals(k.identity())) {
                continue;
            }
            if (exact) {
                if (f.context().equals(k.context())) {
                    return i;
                }
                continue;
            }
            double score = overlap(f.context(), k.context());
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** Jaccard similarity of the two contexts' words. */
    static double overlap(String a, String b) {
        Set<String> x = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> y = new HashSet<>(Arrays.asList(b.split(" ")));
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return union.isEmpty() ? 0 : (double) x.size() / union.size();
    }
}
