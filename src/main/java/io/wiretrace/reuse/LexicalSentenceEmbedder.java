package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cheap, deterministic {@link SentenceEmbedder}: TF-IDF over crudely stemmed content words, hashed into a fixed
 * number of dimensions. IDF comes from the batch itself (the sentences of both texts), so words frequent in the pair
 * ("Syria" in a Syria story) weigh less than the rare ones two paraphrases share. It sees shared words only, not
 * synonyms: it is the fallback when no neural model is available and the test baseline. Immutable and thread-safe.
 */
public final class LexicalSentenceEmbedder implements SentenceEmbedder {

    private static final int DIMENSIONS = 1024;
    static final Set<String> STOPWORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for", "and",
            "or", "but", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that",
            "with", "as", "by", "from", "his", "her", "their", "they", "he", "she", "we", "which", "who", "also", "will",
            "would", "not", "into", "after", "over", "while", "than", "more", "most", "said", "says", "de", "la", "el",
            "en", "y", "los", "las", "del", "que", "un", "una", "por", "con", "se", "der", "die", "das", "und", "den",
            "von", "zu", "mit", "ist", "im", "le", "les", "des", "et", "du", "est", "pour", "il");

    /** Month names and abbreviations (English, French, Spanish, German): date parts, counted with the numbers. */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet",
            "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre", "enero", "febrero", "marzo",
            "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
            "januar", "februar", "märz", "maerz", "juni", "juli", "oktober", "dezember");

    private final TextNormalizer normalizer;

    public LexicalSentenceEmbedder(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * Exact sparse TF-IDF vectors of a batch (term ids are the batch's own; numbers and month names, the parts of
     * dates, get negative ids, words non-negative ones): what alignment uses, since hashed dense vectors let unrelated short sentences meet through
     * colliding words.
     */
    public TermVector[] vectors(List<String> sentences) {
        List<List<String>> terms = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (String s : sentences) {
            List<String> t = terms(s);
            terms.add(t);
            t.stream().distinct().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        Map<String, Integer> ids = new HashMap<>();
        TermVector[] out = new TermVector[sentences.size()];
        for (int i = 0; i < out.length; i++) {
            java.util.TreeMap<Integer, Float> weights = new java.util.TreeMap<>();
            for (String w : terms.get(i)) {
                double idf = Math.log((sentences.size() + 1.0) / (df.get(w) + 0.5));
                int id = ids.computeIfAbsent(w, k -> isNumeric(k) ? -ids.size() - 1 : ids.size());
                weights.merge(id, (float) Math.max(idf, 0.1), Float::sum);
            }
            int[] t = weights.keySet().stream().mapToInt(Integer::intValue).toArray();
            float[] v = new float[t.length];
            int k = 0;
            for (float x : weights.values()) {
                v[k++] = x;
            }
            out[i] = new TermVector(t, SentenceEmbedder.normalize(v));
        }
        return out;
    }

    /** The {@link #vectors} hashed into {@value #DIMENSIONS} dense dimensions (for callers of the plain interface). */
    @Override
    public float[][] embed(List<String> sentences) {
        TermVector[] vectors = vectors(sentences);
        float[][] out = new float[vectors.length][];
        for (int i = 0; i < out.length; i++) {
            float[] v = new float[DIMENSIONS];
            for (int k = 0; k < vectors[i].terms().length; k++) {
                v[(int) Math.floorMod(Hashing.mix(vectors[i].terms()[k]), DIMENSIONS)] += vectors[i].weights()[k];
            }
            out[i] = SentenceEmbedder.normalize(v);
        }
        return out;
    }

    @Override
    public String name() {
        return "lexical";
    }

    List<String> terms(String sentence) {
        List<String> out = new ArrayList<>();
        for (String token : normalizer.normalize(sentence).tokens()) {
            if (!STOPWORDS.contains(token) && (token.length() > 1 || Character.isDigit(token.charAt(0)))) {
                out.add(stem(token));
            }
        }
        return out;
    }

    private static boolean isNumeric(String term) {
        return Character.isDigit(term.charAt(0)) || MONTHS.contains(term);
    }

    /** Strips common English inflections so "killings"/"killed"/"killing" meet; other languages pass mostly as is. */
    static String stem(String w) {
        if (w.length() <= 4 || Character.isDigit(w.charAt(0))) {
            return w;
        }
        for (String suffix : new String[] {"ations", "ation", "ings", "ing", "ies", "ied", "ers", "ed", "es", "ly", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
