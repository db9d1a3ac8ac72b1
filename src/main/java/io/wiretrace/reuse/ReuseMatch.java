package io.wiretrace.reuse;

import java.util.List;
import java.util.Objects;

/**
 * The verified relation between two texts A and B.
 *
 * @param aId first text
 * @param bId second text
 * @param earlierId the id of the text published (or first seen) earlier; null when unknown or within a minute of
 *     each other (feed copies often carry the agency's own timestamp)
 * @param earlierBy what {@code earlierId} rests on: {@code publication} (both stated publication times),
 *     {@code first_seen} (when Wiretrace first saw each), {@code mixed} (one's publication time against the other's
 *     first-seen time); null when {@code earlierId} is null
 * @param reuseClass the class
 * @param reason one sentence saying which rule gave the class, with the figures
 * @param containmentAInB share of A's distinct shingles found in B
 * @param containmentBInA share of B's distinct shingles found in A
 * @param jaccard shingle-set Jaccard similarity
 * @param passages verbatim passages, in A's order, with offsets in both texts
 * @param paraphrases aligned sentence pairs that are not mostly verbatim, in A's order
 * @param sharedQuotes quotations found in both (as written in A)
 * @param sharedNumbers numbers with context found in both (as written in A)
 * @param sharedNames multi-word names found in both (as written in A)
 * @param dependence how much one text derives from the other (the degree; the class says the form); null in matches
 *     stored before dependence was judged, until they are rematched
 */
public record ReuseMatch(String aId, String bId, String earlierId, String earlierBy, ReuseClass reuseClass, String reason,
        double containmentAInB, double containmentBInA, double jaccard, List<VerbatimPassage> passages,
        List<SentencePair> paraphrases, List<String> sharedQuotes, List<String> sharedNumbers, List<String> sharedNames,
        Dependence dependence) {

    public ReuseMatch {
        Objects.requireNonNull(aId, "aId");
        Objects.requireNonNull(bId, "bId");
        Objects.requireNonNull(reuseClass, "reuseClass");
        passages = List.copyOf(passages);
        paraphrases = List.copyOf(paraphrases);
        sharedQuotes = List.copyOf(sharedQuotes);
        sharedNumbers = List.copyOf(sharedNumbers);
        sharedNames = List.copyOf(sharedNames);
    }

    /** The larger of the two containments: how much of the more-contained text comes from the other. */
    public double maxContainment() {
        return Math.max(containmentAInB, containmentBInA);
    }
}
