package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures {@link DependenceFeatures} of a later text against an earlier one. Words inside quoted speech
 * ({@link QuotedSpeech}) never count as shared: two reporters who heard one speaker share the speaker's words, and names
 * and numbers alone say nothing either, so a sentence is traced only through its own content words (names and numbers
 * among them, but weighted by rarity in the pair, where a story's names recur in most sentences). Texts should come
 * with their formulas blanked ({@link Formulas#blank}). Immutable and thread-safe.
 */
public final class DependenceMeasurer {

    /** Weighted share of a sentence's content words found in one source sentence for it to be traced. */
    static final double TRACED = 0.5;
    /** The looser bar of {@link DependenceFeatures#partlyTracedShare()}. */
    static final double PARTLY_TRACED = 0.3;
    /** Sentences with fewer content words are too short to trace either way (they still count as words). */
    private static final int MIN_CONTENT_WORDS = 2;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** One sentence: its word count and its unquoted content terms. */
    record Unit(int words, Set<String> terms) {
    }

    /**
     * A text as the measures read it: its sentences and its words, quotations found once. Read each text once when it
     * is measured against another in both directions.
     */
    record Reading(List<Unit> units, Tokens tokens, Set<String> names, Set<String> stems) {
    }

    /** Reads a text (formulas blanked). */
    Reading read(String text) {
        boolean[] quoted = QuotedSpeech.mask(text);
        Set<String> names = new HashSet<>();
        Set<String> stems = new HashSet<>();
        List<Unit> units = units(text, quoted, names, stems);
        return new Reading(units, tokens(text, quoted), names, stems);
    }

    /** The features of {@code later} as taken from {@code earlier}. */
    public DependenceFeatures measure(String later, String earlier) {
        return measure(read(later), read(earlier));
    }

    /** The features of {@code later} as taken from {@code earlier}, both already read. */
    DependenceFeatures measure(Reading later, Reading earlier) {
        List<Unit> l = later.units();
        List<Unit> e = earlier.units();
        Best[] best = bestSources(l, e);
        int lWords = 0;
        int traced = 0;
        int partly = 0;
        double overlapSum = 0;
        int scored = 0;
        BitSet used = new BitSet();
        for (int i = 0; i < l.size(); i++) {
            lWords += l.get(i).words();
            if (best[i] == null) {
                continue;
            }
            overlapSum += best[i].overlap();
            scored++;
            if (best[i].overlap() >= TRACED) {
                traced += l.get(i).words();
                used.set(best[i].source());
            }
            if (best[i].overlap() >= PARTLY_TRACED) {
                partly += l.get(i).words();
            }
        }
        int eWords = e.stream().mapToInt(Unit::words).sum();
        int covered = used.stream().map(j -> e.get(j).words()).sum();
        Tokens tl = later.tokens();
        Tokens te = earlier.tokens();
        return new DependenceFeatures(share(traced, lWords), share(partly, lWords),
                scored == 0 ? 0 : overlapSum / scored, trigramContainment(tl, te), longestRun(tl, te),
                share(covered, eWords), Math.log((tl.count + 1.0) / (te.count + 1.0)), newNameShare(later, earlier));
    }

    /** The share of L's names (outside quotations) that E never writes, in any case, anywhere (quotations too). */
    private static double newNameShare(Reading later, Reading earlier) {
        if (later.names().isEmpty()) {
            return 0;
        }
        long absent = later.names().stream().filter(n -> !earlier.stems().contains(n)).count();
        return (double) absent / later.names().size();
    }

    /**
     * The share of {@code later}'s words in sentences traced to {@code earlier} at each bar (the weighted overlap of
     * {@link #TRACED}, here variable): for experiments that compare bars.
     */
    double[] tracedShares(String later, String earlier, double... bars) {
        List<Unit> l = read(later).units();
        Best[] best = bestSources(l, read(earlier).units());
        double[] out = new double[bars.length];
        int lWords = l.stream().mapToInt(Unit::words).sum();
        for (int k = 0; k < bars.length; k++) {
            int traced = 0;
            for (int i = 0; i < l.size(); i++) {
                traced += best[i] != null && best[i].overlap() >= bars[k] ? l.get(i).words() : 0;
            }
            out[k] = share(traced, lWords);
        }
        return out;
    }

    /** A sentence's best source sentence and their weighted overlap. */
    private record Best(int source, double overlap) {
    }

    /**
     * For each sentence of L, the sentence of E that holds the largest rarity-weighted share of its content words
     * (null for sentences too short to trace).
     */
    private static Best[] bestSources(List<Unit> l, List<Unit> e) {
        Map<String, Integer> df = new HashMap<>();
        for (List<Unit> side : List.of(l, e)) {
            side.forEach(u -> u.terms().forEach(t -> df.merge(t, 1, Integer::sum)));
        }
        int n = l.size() + e.size();
        Map<String, IntList> sentencesOf = new HashMap<>(); // E's sentences holding each term, in order
        for (int j = 0; j < e.size(); j++) {
            for (String t : e.get(j).terms()) {
                sentencesOf.computeIfAbsent(t, k -> new IntList()).add(j);
            }
        }
        Best[] out = new Best[l.size()];
        double[] shared = new double[e.size()];
        for (int i = 0; i < l.size(); i++) {
            Unit u = l.get(i);
            if (u.terms().size() < MIN_CONTENT_WORDS) {
                continue;
            }
            Arrays.fill(shared, 0);
            double total = 0;
            for (String t : u.terms()) {
                double weight = idf(df, t, n);
                total += weight;
                IntList holders = sentencesOf.get(t);
                for (int k = 0; holders != null && k < holders.size(); k++) {
                    shared[holders.get(k)] += weight;
                }
            }
            double best = 0;
            int bestJ = -1;
            for (int j = 0; j < e.size(); j++) {
                if (shared[j] / total > best) {
                    best = shared[j] / total;
                    bestJ = j;
                }
            }
            out[i] = new Best(bestJ, best);
        }
        return out;
    }

    private static double idf(Map<String, Integer> df, String t, int n) {
        return Math.log((n + 1.0) / (df.get(t) + 0.5));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /**
     * The text's sentences; also collects into {@code names} the stems of its unquoted content words written with a
     * capital except at a sentence start (names, as {@link SharedWording} reads them) and into {@code stems} every
     * word's stem.
     */
    private List<Unit> units(String text, boolean[] quoted, Set<String> names, Set<String> stems) {
        List<Unit> out = new ArrayList<>();
        for (Sentence s : splitter.split(text)) {
            NormalizedText nt = normalizer.normalize(s.text());
            if (nt.size() == 0) {
                continue;
            }
            Set<String> terms = new HashSet<>();
            for (int i = 0; i < nt.size(); i++) {
                String t = nt.tokens().get(i);
                String stem = LexicalSentenceEmbedder.stem(t);
                stems.add(stem);
                if (!quoted[s.start() + nt.charStart(i)] && ContentWords.isContent(t)) {
                    terms.add(stem);
                    if (i > 0 && Character.isUpperCase(s.text().charAt(nt.charStart(i)))) {
                        names.add(stem);
                    }
                }
            }
            out.add(new Unit(nt.size(), terms));
        }
        return out;
    }

    /** A text's words with quoted ones replaced by null (a break no n-gram or run crosses). */
    record Tokens(String[] words, int count) {
    }

    private Tokens tokens(String text, boolean[] quoted) {
        NormalizedText nt = normalizer.normalize(text);
        String[] out = new String[nt.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = quoted[nt.charStart(i)] ? null : nt.tokens().get(i);
        }
        return new Tokens(out, out.length);
    }

    private static double trigramContainment(Tokens l, Tokens e) {
        Set<String> theirs = new HashSet<>(trigrams(e.words()));
        List<String> ours = trigrams(l.words());
        return ours.isEmpty() ? 0 : (double) ours.stream().filter(theirs::contains).count() / ours.size();
    }

    private static List<String> trigrams(String[] w) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 2 < w.length; i++) {
            if (w[i] != null && w[i + 1] != null && w[i + 2] != null) {
                out.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2]);
            }
        }
        return out;
    }

    /** Longest common run of unquoted words. */
    private static int longestRun(Tokens l, Tokens e) {
        return LongestRun.of(l.words(), e.words());
    }
}
