package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link CandidateIndex} in hash maps of postings, for tests and benchmarks. Lookup cost is proportional to the
 * postings of the looked-up keys, never to the number of articles. Thread-safe for concurrent adds and lookups; an
 * article re-added keeps its old postings (tests add each article once).
 */
public final class InMemoryCandidateIndex implements CandidateIndex {

    private final Map<Long, List<String>> bands = new ConcurrentHashMap<>();
    private final Map<Long, List<String>> partials = new ConcurrentHashMap<>();
    private final Map<Long, List<String>> anchors = new ConcurrentHashMap<>();
    private final Map<String, Boolean> articles = new ConcurrentHashMap<>();

    @Override
    public void add(String articleId, Fingerprint fingerprint) {
        long[] bandKeys = fingerprint.bandKeys();
        for (int b = 0; b < bandKeys.length; b++) {
            post(bands, Hashing.combine(b, bandKeys[b]), articleId);
        }
        for (long key : fingerprint.partialKeys()) {
            post(partials, key, articleId);
        }
        for (long key : fingerprint.anchorKeys()) {
            post(anchors, key, articleId);
        }
        articles.put(articleId, Boolean.TRUE);
    }

    @Override
    public List<Candidate> candidates(Fingerprint fingerprint, CandidatePolicy policy) {
        Map<String, int[]> hits = new HashMap<>();
        long[] bandKeys = fingerprint.bandKeys();
        for (int b = 0; b < bandKeys.length; b++) {
            count(hits, bands.get(Hashing.combine(b, bandKeys[b])), 0, Integer.MAX_VALUE);
        }
        for (long key : fingerprint.partialKeys()) {
            count(hits, partials.get(key), 1, policy.maxPostings());
        }
        for (long key : fingerprint.anchorKeys()) {
            count(hits, anchors.get(key), 2, policy.maxPostings());
        }
        List<Candidate> out = new ArrayList<>();
        hits.forEach((id, h) -> out.add(new Candidate(id, h[0], h[1], h[2])));
        return out.stream().filter(policy::qualifies)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::articleId))
                .limit(policy.maxCandidates()).toList();
    }

    @Override
    public int size() {
        return articles.size();
    }

    private static void post(Map<Long, List<String>> index, long key, String articleId) {
        index.computeIfAbsent(key, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(articleId);
    }

    private static void count(Map<String, int[]> hits, List<String> postings, int slot, int maxPostings) {
        if (postings == null) {
            return;
        }
        synchronized (postings) {
            if (postings.size() > maxPostings) {
                return;
            }
            for (String id : postings) {
                hits.computeIfAbsent(id, k -> new int[3])[slot]++;
            }
        }
    }
}
