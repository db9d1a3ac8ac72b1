package io.wiretrace.reuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of recently embedded sentences, so an article compared with many candidates (ingest) or
 * compared again (API) is embedded once. Only for context-free embedders such as {@link MiniLmSentenceEmbedder}; the
 * lexical one weighs terms by the batch and must not be cached. Thread-safe; the cache is a bounded LRU.
 */
public final class CachingSentenceEmbedder implements SentenceEmbedder {

    private final SentenceEmbedder delegate;
    private final Map<String, float[]> cache;

    public CachingSentenceEmbedder(SentenceEmbedder delegate, int maxSentences) {
        this.delegate = delegate;
        this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > maxSentences;
            }
        };
    }

    @Override
    public float[][] embed(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        List<String> missing = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        synchronized (cache) {
            for (int i = 0; i < out.length; i++) {
                out[i] = cache.get(sentences.get(i));
                if (out[i] == null) {
                    missing.add(sentences.get(i));
                    where.add(i);
                }
            }
        }
        if (!missing.isEmpty()) {
            float[][] fresh = delegate.embed(missing);
            synchronized (cache) {
                for (int k = 0; k < fresh.length; k++) {
                    out[where.get(k)] = fresh[k];
                    cache.put(missing.get(k), fresh[k]);
                }
            }
        }
        return out;
    }

    @Override
    public String name() {
        return delegate.name();
    }
}
