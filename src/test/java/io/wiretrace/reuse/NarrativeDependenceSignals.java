package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * New kinds of dependence signal for the experiment of {@link DependenceSignalsExperimentTest} (issue 14), beyond the
 * n-gram, tiling and tracing features already measured: each of L (later) against E (earlier), formulas blanked,
 * quoted speech set aside as the {@link DependenceMeasurer} does.
 *
 * <ul>
 *   <li>{@code narrativeTraced}: share of the words of L's purely narrative sentences (no quoted character) traced to
 *       E at the shipped bar (0.5 of the pair-rarity-weighted content words in one sentence of E);
 *   <li>{@code orderRatio}, {@code orderedShare}: sentence order. Each traced sentence of L points at its best sentence
 *       of E; the longest increasing subsequence of those pointers over the traced sentences, as a ratio (1 with fewer
 *       than 2 traced), and the share of L's words in traced sentences on it (copy keeps the source's order);
 *   <li>{@code rareShared}: share of the general-language rarity (idf from a document-frequency table of other news
 *       pages, never of the pairs) of L's distinct unquoted content words that E's unquoted text also has;
 *       {@code rareSharedWording}: the same without names (words capitalised wherever they are not the first of a
 *       sentence) and numbers, so only the writer's word choice counts;
 *   <li>{@code idfTraced0.5}, {@code idfTraced0.3}: the shipped sentence tracing with general-language idf in place of
 *       the pair's own rarity;
 *   <li>{@code verbTraced0.5}, {@code verbTraced0.3}: the shipped tracing with reporting verbs and their tenses
 *       ("told", "added", "claims", "revealed" …) treated as function words, as "said" already is;
 *   <li>{@code quoteSixgrams}: the other side of quotations: share of L's wholly quoted word 6-grams found in E
 *       (quoted or not), as a paper that was not there takes the agency's transcript word for word;
 *   <li>{@code char6}: share of L's distinct unquoted character 6-grams (lower case, letters and digits, spaces
 *       collapsed) found in E's unquoted text: wording matched below the word, through OCR noise and inflection.
 * </ul>
 */
final class NarrativeDependenceSignals {

    static final String[] NAMES = {"narrativeTraced", "orderRatio", "orderedShare", "rareShared", "rareSharedWording",
        "idfTraced0.5", "idfTraced0.3", "verbTraced0.5", "verbTraced0.3", "quoteSixgrams",
        "char6"};

    /** Reporting verbs (stems as {@link LexicalSentenceEmbedder#stem} leaves them) that only say who spoke. */
    static final Set<String> REPORTING = Set.of("say", "tell", "told", "add", "explain", "claim", "stat", "state",
            "insist", "reveal", "admit", "announc", "announce", "declar", "declare", "confirm", "describ", "describe",
            "comment", "remark", "report", "ask", "repli", "reply", "answer", "speak", "spoke", "talk", "continu",
            "continue", "went", "go", "goe", "according");

    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Map<String, Integer> documentFrequency;
    private final int documents;

    /** @param documentFrequency documents (of other news) holding each content stem; {@code documents} in all */
    NarrativeDependenceSignals(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = Map.copyOf(documentFrequency);
        this.documents = documents;
    }

    /** The stems of a text's content words, once each: what a document-frequency table counts. */
    Set<String> contentStems(String text) {
        Set<String> out = new HashSet<>();
        for (String t : normalizer.normalize(text).tokens()) {
            if (ContentWords.isContent(t)) {
                out.add(LexicalSentenceEmbedder.stem(t));
            }
        }
        return out;
    }

    /** One sentence: words, unquoted content stems, whether any of it is quoted. */
    private record Unit(int words, Set<String> terms, boolean quoted) {
    }

    /** One text: its sentences, and its unquoted stems split into names and numbers and the rest. */
    private record Text(List<Unit> units, Set<String> unquoted, Set<String> names) {
    }

    double[] measure(String later, String earlier) {
        Text l = text(later, Set.of());
        Text e = text(earlier, Set.of());
        Set<String> names = new HashSet<>(l.names());
        names.addAll(e.names());
        List<Double> out = new ArrayList<>();
        double[][] pair = trace(l.units(), e.units(), pairRarity(l.units(), e.units()));
        out.add(narrativeTraced(l.units(), pair));
        double[] order = order(l.units(), pair);
        out.add(order[0]);
        out.add(order[1]);
        out.add(rareShared(l.unquoted(), e.unquoted(), t -> true));
        out.add(rareShared(l.unquoted(), e.unquoted(), t -> !names.contains(t) && !Character.isDigit(t.charAt(0))));
        double[][] general = trace(l.units(), e.units(), this::idf);
        out.add(share(l.units(), general, 0.5));
        out.add(share(l.units(), general, 0.3));
        Text lv = text(later, REPORTING);
        Text ev = text(earlier, REPORTING);
        double[][] verbs = trace(lv.units(), ev.units(), pairRarity(lv.units(), ev.units()));
        out.add(share(lv.units(), verbs, 0.5));
        out.add(share(lv.units(), verbs, 0.3));
        out.add(quoteSixgrams(later, earlier));
        Set<String> ours = charGrams(later);
        Set<String> theirs = charGrams(earlier);
        out.add(ours.isEmpty() ? 0 : (double) ours.stream().filter(theirs::contains).count() / ours.size());
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private double idf(String stem) {
        return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(stem, 0) + 0.5));
    }

    private static ToDoubleFunction<String> pairRarity(List<Unit> l, List<Unit> e) {
        Map<String, Integer> df = new HashMap<>();
        for (List<Unit> side : List.of(l, e)) {
            side.forEach(u -> u.terms().forEach(t -> df.merge(t, 1, Integer::sum)));
        }
        int n = l.size() + e.size();
        return t -> Math.log((n + 1.0) / (df.get(t) + 0.5));
    }

    /** Per sentence of L: {best source index, best weighted overlap}, or null when too short to trace. */
    private static double[][] trace(List<Unit> l, List<Unit> e, ToDoubleFunction<String> weight) {
        double[][] out = new double[l.size()][];
        for (int i = 0; i < l.size(); i++) {
            Set<String> terms = l.get(i).terms();
            if (terms.size() < 2) {
                continue;
            }
            double total = terms.stream().mapToDouble(weight).sum();
            double best = 0;
            int bestJ = -1;
            for (int j = 0; j < e.size(); j++) {
                double shared = 0;
                for (String t : terms) {
                    shared += e.get(j).terms().contains(t) ? weight.applyAsDouble(t) : 0;
                }
                if (shared / total > best) {
                    best = shared / total;
                    bestJ = j;
                }
            }
            out[i] = new double[] {bestJ, best};
        }
        return out;
    }

    private static double share(List<Unit> l, double[][] best, double bar) {
        int all = 0;
        int traced = 0;
        for (int i = 0; i < l.size(); i++) {
            all += l.get(i).words();
            traced += best[i] != null && best[i][1] >= bar ? l.get(i).words() : 0;
        }
        return all == 0 ? 0 : (double) traced / all;
    }

    private static double narrativeTraced(List<Unit> l, double[][] best) {
        int all = 0;
        int traced = 0;
        for (int i = 0; i < l.size(); i++) {
            if (!l.get(i).quoted()) {
                all += l.get(i).words();
                traced += best[i] != null && best[i][1] >= DependenceMeasurer.TRACED ? l.get(i).words() : 0;
            }
        }
        return all == 0 ? 0 : (double) traced / all;
    }

    /** {LIS ratio over traced sentences, share of L's words in traced sentences on the LIS}. */
    private static double[] order(List<Unit> l, double[][] best) {
        List<Integer> rows = new ArrayList<>();
        int all = 0;
        for (int i = 0; i < l.size(); i++) {
            all += l.get(i).words();
            if (best[i] != null && best[i][1] >= DependenceMeasurer.TRACED) {
                rows.add(i);
            }
        }
        if (rows.isEmpty()) {
            return new double[] {1, 0};
        }
        int m = rows.size();
        int[] length = new int[m];
        int[] previous = new int[m];
        int end = 0;
        for (int a = 0; a < m; a++) {
            length[a] = 1;
            previous[a] = -1;
            for (int b = 0; b < a; b++) {
                if (best[rows.get(b)][0] <= best[rows.get(a)][0] && length[b] + 1 > length[a]) {
                    length[a] = length[b] + 1;
                    previous[a] = b;
                }
            }
            end = length[a] > length[end] ? a : end;
        }
        int onChain = 0;
        for (int a = end; a >= 0; a = previous[a]) {
            onChain += l.get(rows.get(a)).words();
        }
        return new double[] {(double) length[end] / m, all == 0 ? 0 : (double) onChain / all};
    }

    private double quoteSixgrams(String later, String earlier) {
        boolean[] quoted = QuotedSpeech.mask(later);
        NormalizedText l = normalizer.normalize(later);
        List<String> e = normalizer.normalize(earlier).tokens();
        Set<String> theirs = new HashSet<>();
        for (int i = 0; i + 6 <= e.size(); i++) {
            theirs.add(String.join(" ", e.subList(i, i + 6)));
        }
        int all = 0;
        int found = 0;
        for (int i = 0; i + 6 <= l.size(); i++) {
            boolean inside = true;
            for (int k = i; k < i + 6 && inside; k++) {
                inside = quoted[l.charStart(k)];
            }
            if (inside) {
                all++;
                found += theirs.contains(String.join(" ", l.tokens().subList(i, i + 6))) ? 1 : 0;
            }
        }
        return all == 0 ? 0 : (double) found / all;
    }

    /** Unquoted character 6-grams; quoted speech is a break no gram crosses. */
    private static Set<String> charGrams(String text) {
        boolean[] quoted = QuotedSpeech.mask(text);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            char next = quoted[i] ? '|' : Character.isLetterOrDigit(c) ? c : ' ';
            if (!(next == ' ' && b.length() > 0 && b.charAt(b.length() - 1) == ' ')) {
                b.append(next);
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 6 <= b.length(); i++) {
            String g = b.substring(i, i + 6);
            if (g.indexOf('|') < 0) {
                out.add(g);
            }
        }
        return out;
    }

    private double rareShared(Set<String> l, Set<String> e, java.util.function.Predicate<String> counts) {
        double total = 0;
        double shared = 0;
        for (String t : l) {
            if (counts.test(t)) {
                total += idf(t);
                shared += e.contains(t) ? idf(t) : 0;
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    private Text text(String text, Set<String> extraFunctionWords) {
        boolean[] quoted = QuotedSpeech.mask(text);
        List<Unit> units = new ArrayList<>();
        Set<String> unquoted = new HashSet<>();
        Map<String, int[]> capitals = new HashMap<>(); // stem -> {capitalised inside a sentence, lower-case}
        for (Sentence s : splitter.split(text)) {
            NormalizedText nt = normalizer.normalize(s.text());
            if (nt.size() == 0) {
                continue;
            }
            Set<String> terms = new HashSet<>();
            boolean anyQuoted = false;
            for (int i = 0; i < nt.size(); i++) {
                String t = nt.tokens().get(i);
                boolean q = quoted[s.start() + nt.charStart(i)];
                anyQuoted |= q;
                if (q || !ContentWords.isContent(t)) {
                    continue;
                }
                String stem = LexicalSentenceEmbedder.stem(t);
                if (extraFunctionWords.contains(stem)) {
                    continue;
                }
                terms.add(stem);
                unquoted.add(stem);
                if (i > 0) {
                    boolean upper = Character.isUpperCase(s.text().charAt(nt.charStart(i)));
                    capitals.computeIfAbsent(stem, k -> new int[2])[upper ? 0 : 1]++;
                }
            }
            units.add(new Unit(nt.size(), terms, anyQuoted));
        }
        Set<String> names = new HashSet<>();
        capitals.forEach((t, c) -> {
            if (c[0] > 0 && c[1] == 0) {
                names.add(t);
            }
        });
        return new Text(units, unquoted, names);
    }

    @Override
    public String toString() {
        return "NarrativeDependenceSignals" + Arrays.toString(NAMES);
    }
}
