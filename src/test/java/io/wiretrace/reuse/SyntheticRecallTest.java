package io.wiretrace.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Recall of injected reuse and false matches on a synthetic corpus, with the in-memory candidate index: each article
 * is looked up among the earlier ones (as at ingest), candidates are verified verbatim, then it is indexed.
 */
class SyntheticRecallTest {

    private static final int ARTICLES = 3_000;

    @Test
    void findsInjectedReuseWithoutScanningAndWithoutFalseMatches() {
        List<SyntheticArticle> articles = new SyntheticCorpusGenerator(20_26L, 0.15).articles(ARTICLES).toList();
        Map<String, SyntheticArticle> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Fingerprinter fingerprinter = new Fingerprinter();
        CandidateIndex index = new InMemoryCandidateIndex();
        PairComparer comparer = PairComparer.lexical();
        Set<String> found = new HashSet<>();
        long candidates = 0;
        int maxCandidates = 0;
        long start = System.nanoTime();
        for (SyntheticArticle article : articles) {
            Fingerprint fp = fingerprinter.fingerprint(article.text());
            List<Candidate> cs = index.candidates(fp, CandidatePolicy.DEFAULT);
            candidates += cs.size();
            maxCandidates = Math.max(maxCandidates, cs.size());
            for (Candidate c : cs) {
                ReuseMatch m = comparer.compareVerbatim(article.toReuseText(), byId.get(c.articleId()).toReuseText());
                if (m.reuseClass().isReuse()) {
                    found.add(pair(article.id(), c.articleId()));
                }
            }
            index.add(article.id(), fp);
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        Related related = new Related();
        int eligible = 0;
        int recalled = 0;
        for (SyntheticArticle a : articles) {
            InjectedReuse inj = a.injected();
            if (inj == null) {
                continue;
            }
            related.union(inj.derivedId(), inj.sourceId());
            ReuseMatch truth = comparer.compareVerbatim(a.toReuseText(), byId.get(inj.sourceId()).toReuseText());
            if (truth.maxContainment() >= 0.3) {
                eligible++;
                if (found.contains(pair(inj.derivedId(), inj.sourceId()))) {
                    recalled++;
                }
            }
        }
        long falseMatches = found.stream().map(p -> p.split("\\|")).filter(p -> !related.same(p[0], p[1])).count();
        double recall = (double) recalled / eligible;
        System.out.printf("synthetic %d articles: injected eligible=%d recalled=%d recall=%.4f, matches=%d false=%d, "
                + "candidates/lookup avg=%.2f max=%d, %.1fs%n", ARTICLES, eligible, recalled, recall, found.size(),
                falseMatches, (double) candidates / ARTICLES, maxCandidates, seconds);

        assertThat(eligible).isGreaterThan(ARTICLES / 10);
        assertThat(recall).isGreaterThanOrEqualTo(0.98);
        assertThat(falseMatches).isLessThanOrEqualTo(ARTICLES / 1_000);
        assertThat((double) candidates / ARTICLES).isLessThan(10); // lookups never approach a scan of 3,000
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** Union-find over article ids: articles linked by a chain of injected reuse may rightly match. */
    private static final class Related {
        private final Map<String, String> parent = new HashMap<>();

        String find(String x) {
            String p = parent.getOrDefault(x, x);
            if (p.equals(x)) {
                return x;
            }
            String root = find(p);
            parent.put(x, root);
            return root;
        }

        void union(String a, String b) {
            parent.put(find(a), find(b));
        }

        boolean same(String a, String b) {
            return find(a).equals(find(b));
        }
    }
}
