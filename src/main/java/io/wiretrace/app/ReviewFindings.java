package io.wiretrace.app;

import io.wiretrace.article.InvalidInput;
import io.wiretrace.article.PageOf;
import io.wiretrace.provenance.NodeIds;
import io.wiretrace.store.VerdictStore;
import io.wiretrace.verdict.Finding;
import io.wiretrace.verdict.FindingKey;
import io.wiretrace.verdict.FindingReference;
import io.wiretrace.verdict.FindingNotFound;
import io.wiretrace.verdict.FindingType;
import io.wiretrace.verdict.Reattachment;
import io.wiretrace.verdict.Review;
import io.wiretrace.verdict.RuleAccuracy;
import io.wiretrace.verdict.Verdict;
import io.wiretrace.verdict.VerdictEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verdicts on findings: record one (the author is the authenticated principal's name), read the history, list the
 * verdicts no current finding reproduces (orphaned), and the accuracy verdicts reveal per rule and reuse class.
 */
@ApplicationScoped
public class ReviewFindings {

    /** Standing verdicts examined by one orphan listing. */
    static final int ORPHAN_SCAN = 1000;

    private final VerdictStore store;
    private final CurrentFindings findings;
    private final FindingVerdicts verdicts;
    private final VerdictMetrics metrics;

    public ReviewFindings(VerdictStore store, CurrentFindings findings, FindingVerdicts verdicts,
                          VerdictMetrics metrics) {
        this.metrics = metrics;
        this.store = store;
        this.findings = findings;
        this.verdicts = verdicts;
    }

    /** A verdict recorded, and the one that stood on the finding before it (null when none). */
    public record Judgement(VerdictEntry previous, VerdictEntry saved) {
    }

    /** Records a verdict on the finding the reference names, as it reads now. */
    @Transactional
    public Judgement judge(FindingReference ref, Verdict verdict, String note, String author) {
        Finding f = find(ref);
        metrics.track(ref.type(), f.producer());
        VerdictEntry previous = verdicts.standing(List.of(f.key())).get(0);
        VerdictEntry saved = store.add(new VerdictEntry(0, f.key(), verdict, note, author, f.producer(), f.confidence(),
                f.summary(), f.articleKeys(), f.articleIds(), Instant.now()));
        return new Judgement(previous, saved);
    }

    @Transactional
    public PageOf<VerdictEntry> history(FindingType type, String author, Long articleId, int page, int size) {
        return store.history(type, author, articleId, page, size);
    }

    /**
     * Standing verdicts whose finding no longer appears (after reanalysis, rematching or a changed page), oldest first
     * after the verdict id {@code after}: at most {@code limit}, looking through at most {@value #ORPHAN_SCAN}
     * standing verdicts.
     *
     * @return the orphans, and the id to continue after (null when every standing verdict was looked at)
     */
    @Transactional
    public Orphans orphaned(long after, int limit) {
        List<VerdictEntry> out = new ArrayList<>();
        Map<String, List<FindingKey>> current = new HashMap<>();
        long cursor = after;
        int scanned = 0;
        while (out.size() < limit && scanned < ORPHAN_SCAN) {
            List<VerdictEntry> batch = store.standing(cursor, Math.min(100, ORPHAN_SCAN - scanned));
            if (batch.isEmpty()) {
                return new Orphans(out, null);
            }
            for (VerdictEntry v : batch) {
                cursor = v.id();
                scanned++;
                List<FindingKey> now = current.computeIfAbsent(v.key().type().wireName() + " " + v.articleKeys().get(0),
                        k -> currentKeys(v.key().type(), v.articleKeys().get(0)));
                if (Reattachment.assign(List.of(v.key()), now.stream()
                        .map(k -> new Reattachment.Candidate<>(k, k)).toList()).attached().isEmpty()) {
                    out.add(v);
                    if (out.size() == limit) {
                        break;
                    }
                }
            }
        }
        // a full page that took the last standing verdict has nothing after it
        return new Orphans(out, store.standing(cursor, 1).isEmpty() ? null : cursor);
    }

    /** A page of orphaned verdicts and where the next starts (null at the end). */
    public record Orphans(List<VerdictEntry> items, Long next) {
    }

    /** The standing review of each of the article's attributions, in their listed order (null where none). */
    @Transactional
    public List<Review> attributionReviews(long articleId) {
        return reviews(findings.attributions(articleId));
    }

    /** The standing review of each of the article's reuse matches, by the other article's id (absent where none). */
    @Transactional
    public Map<Long, Review> reuseReviews(long articleId) {
        List<Finding> all = findings.reuse(articleId);
        List<Review> reviews = reviews(all);
        Map<Long, Review> out = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (reviews.get(i) != null) {
                out.put(all.get(i).articleIds().get(1), reviews.get(i));
            }
        }
        return out;
    }

    private List<Review> reviews(List<Finding> all) {
        Map<Integer, VerdictEntry> standing = verdicts.standing(all.stream().map(Finding::key).toList());
        List<Review> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            VerdictEntry v = standing.get(i);
            out.add(v == null ? null : v.review());
        }
        return out;
    }

    @Transactional
    public List<RuleAccuracy> accuracy() {
        return store.accuracy();
    }

    private List<FindingKey> currentKeys(FindingType type, String articleKey) {
        List<Long> ids = store.articlesNamed(articleKey);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Finding> now = switch (type) {
            case ATTRIBUTION -> ids.stream().flatMap(id -> findings.attributions(id).stream()).toList();
            case REUSE -> ids.stream().flatMap(id -> findings.reuse(id).stream()).toList();
            case HOP -> findings.hops(ids).stream().map(CurrentFindings.Hop::finding).toList();
        };
        return now.stream().map(Finding::key).toList();
    }

    private Finding find(FindingReference ref) {
        if (verdicts.articleKeys(List.of(ref.articleId())).isEmpty()) {
            throw new FindingNotFound("articleId", "no article with id " + ref.articleId());
        }
        return switch (ref.type()) {
            case ATTRIBUTION -> attribution(ref.articleId(), ref.index());
            case REUSE -> reuse(ref.articleId(), ref.otherArticleId());
            case HOP -> hop(ref.articleId(), ref.from(), ref.to());
        };
    }

    private Finding attribution(long articleId, Integer index) {
        if (index == null) {
            throw new InvalidInput("index", "index (the attribution's place in the article's list, from 0) is required");
        }
        if (index < 0) {
            throw new InvalidInput("index", "index " + index + " is negative: attributions are counted from 0");
        }
        List<Finding> all = findings.attributions(articleId);
        if (index >= all.size()) {
            throw new FindingNotFound("index", "article " + articleId + " has " + all.size()
                    + " attribution(s); index " + index + " is not one of them");
        }
        return all.get(index);
    }

    private Finding reuse(long articleId, Long other) {
        if (other == null) {
            throw new InvalidInput("otherArticleId", "otherArticleId (the other article of the match) is required");
        }
        return findings.reuse(articleId).stream().filter(f -> f.articleIds().get(1).equals(other)).findFirst()
                .orElseThrow(() -> new FindingNotFound("otherArticleId", "articles " + articleId + " and " + other
                        + " have no stored reuse match"));
    }

    private Finding hop(long articleId, String from, String to) {
        if (from == null || from.isBlank()) {
            throw new InvalidInput("from", "from (the node id a hop starts at, such as 'article:12') is required");
        }
        if (to == null || to.isBlank()) {
            throw new InvalidInput("to", "to (the node id of the hop's source, such as 'outlet:afp') is required");
        }
        if (!NodeIds.isArticle(from) && !from.startsWith("placeholder:")) {
            throw new InvalidInput("from", "from '" + from + "' is not a node id such as 'article:12'");
        }
        return findings.hops(List.of(articleId)).stream()
                .filter(h -> h.edge().from().equals(from) && h.edge().to().equals(to)
                        || !h.edge().directionKnown() && h.edge().from().equals(to) && h.edge().to().equals(from))
                .map(CurrentFindings.Hop::finding).findFirst()
                .orElseThrow(() -> new FindingNotFound("to", "no hop from " + from + " to " + to + " around article "
                        + articleId));
    }
}
