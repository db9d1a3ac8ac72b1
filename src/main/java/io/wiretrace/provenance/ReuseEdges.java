package io.wiretrace.provenance;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns text-reuse matches into {@code reused} edges. The copy is decided by, in order: who credits whom (an explicit
 * credit naming the other's outlet, domain or URL, when only one of the two does); publication time (the earlier is
 * the source, when the two differ by more than the tolerance); first-seen time; otherwise the edge is kept undirected.
 * Explicit credits come first because stated publication times are often "last updated" times. Two articles that
 * credit the same source (say both credit AFP) and not each other are siblings: their shared text is explained by
 * that source, so their edge is kept undirected rather than claiming one copied the other. Each piece's confidence is
 * the matcher's confidence times a factor for how the direction was decided.
 */
final class ReuseEdges {

    static final double BY_CREDIT = 0.95;
    static final double BY_CREDIT_AGAINST_DATES = 0.7;
    static final double BY_PUBLICATION = 1.0;
    static final double BY_FIRST_SEEN = 0.6;
    static final double UNDIRECTED = 0.5;

    /** One unordered pair, holding each side's reported match when there is one. */
    private record Pair(ArticleInput a, ArticleInput b, ReuseMatch fromA, ReuseMatch fromB) {
        double confidence() {
            return Math.max(fromA == null ? 0 : fromA.confidence(), fromB == null ? 0 : fromB.confidence());
        }

        /** Share of {@code x}'s text found in the other. */
        double containmentOf(ArticleInput x) {
            double viaA = fromA == null ? 0 : x == a ? fromA.containmentOfThis() : fromA.containmentOfOther();
            double viaB = fromB == null ? 0 : x == b ? fromB.containmentOfThis() : fromB.containmentOfOther();
            return Math.max(viaA, viaB);
        }

        String matchClass() {
            return fromA != null ? fromA.matchClass() : fromB.matchClass();
        }
    }

    private final ArticleIndex index;
    private final EdgeAccumulator acc;
    private final Duration tolerance;

    ReuseEdges(ArticleIndex index, EdgeAccumulator acc, Duration tolerance) {
        this.index = index;
        this.acc = acc;
        this.tolerance = tolerance;
    }

    /** Adds one edge per unordered pair of stored articles that share text; matches to unknown articles are ignored. */
    void addAll() {
        Map<String, Pair> pairs = new TreeMap<>();
        for (ArticleInput a : index.articles()) {
            for (ReuseMatch m : a.reuse()) {
                index.article(m.otherArticleId()).filter(o -> !o.id().equals(a.id())).ifPresent(o -> {
                    boolean aFirst = a.id().compareTo(o.id()) < 0;
                    String key = aFirst ? a.id() + "\u0000" + o.id() : o.id() + "\u0000" + a.id();
                    Pair p = pairs.getOrDefault(key, aFirst ? new Pair(a, o, null, null) : new Pair(o, a, null, null));
                    pairs.put(key, aFirst ? new Pair(p.a(), p.b(), m, p.fromB()) : new Pair(p.a(), p.b(), p.fromA(), m));
                });
            }
        }
        pairs.values().forEach(this::add);
    }

    private void add(Pair p) {
        boolean aCreditsB = index.credits(p.a(), p.b().node());
        boolean bCreditsA = index.credits(p.b(), p.a().node());
        int byDate = compare(p.a().node().publishedAt(), p.b().node().publishedAt());
        int bySeen = compare(seen(p.a(), p.b()), seen(p.b(), p.a()));
        if (aCreditsB != bCreditsA) {
            ArticleInput copy = aCreditsB ? p.a() : p.b();
            ArticleInput source = aCreditsB ? p.b() : p.a();
            boolean datesAgree = byDate == 0 || (byDate < 0) == (source == p.a());
            String reason = Sentences.name(copy.node()) + " credits " + Sentences.name(source.node()) + "'s outlet"
                    + (datesAgree ? "" : ", although its stated publication time is earlier");
            directed(p, copy, source, reason, datesAgree ? BY_CREDIT : BY_CREDIT_AGAINST_DATES);
        } else if (!aCreditsB && index.commonSource(p.a(), p.b()).isPresent()) {
            String sentence = Sentences.name(p.a().node()) + " and " + Sentences.name(p.b().node()) + " share text ("
                    + Sentences.percent(p.containmentOf(p.a())) + " / " + Sentences.percent(p.containmentOf(p.b()))
                    + ", " + p.matchClass() + ") and both credit " + index.commonSource(p.a(), p.b()).get()
                    + ", which explains it; neither is taken as copying the other";
            acc.addReuse(p.a().id(), p.b().id(), false, piece(p, sentence, UNDIRECTED), false);
        } else if (byDate != 0) {
            ArticleInput source = byDate < 0 ? p.a() : p.b();
            directed(p, other(p, source), source, Sentences.name(source.node()) + " was published first ("
                    + Sentences.time(source.node().publishedAt()) + " vs "
                    + Sentences.time(other(p, source).node().publishedAt()) + ")", BY_PUBLICATION);
        } else if (bySeen != 0) {
            ArticleInput source = bySeen < 0 ? p.a() : p.b();
            ArticleInput copy = other(p, source);
            directed(p, copy, source, seenFirst(source.node(), copy.node()), BY_FIRST_SEEN);
        } else {
            String sentence = Sentences.name(p.a().node()) + " and " + Sentences.name(p.b().node()) + " share text ("
                    + Sentences.percent(p.containmentOf(p.a())) + " / " + Sentences.percent(p.containmentOf(p.b()))
                    + ", " + p.matchClass() + "); which copied which is unknown: no usable credits or dates";
            acc.addReuse(p.a().id(), p.b().id(), false, piece(p, sentence, UNDIRECTED), false);
        }
    }

    private void directed(Pair p, ArticleInput copy, ArticleInput source, String reason, double factor) {
        boolean sameOutlet = copy.node().outletKey() != null && copy.node().outletKey().equals(source.node().outletKey());
        boolean uncredited = !sameOutlet && !index.credits(copy, source.node()) && !index.shareAnAgency(copy, source);
        String sentence = Sentences.percent(p.containmentOf(copy)) + " of " + Sentences.name(copy.node())
                + "'s text is found in " + Sentences.name(source.node()) + " (" + p.matchClass() + "); " + reason
                + (uncredited ? "; " + Sentences.name(copy.node()) + " credits neither its outlet nor an agency both credit"
                : "");
        acc.addReuse(copy.id(), source.id(), true, piece(p, sentence, factor), uncredited);
    }

    private static EdgeEvidence piece(Pair p, String sentence, double factor) {
        return new EdgeEvidence("reuse", sentence, null, null, null, null, p.confidence() * factor);
    }

    private static ArticleInput other(Pair p, ArticleInput x) {
        return x == p.a() ? p.b() : p.a();
    }

    /** Why {@code source} came first when the pair has no two stated publication times to compare. */
    private static String seenFirst(Node source, Node copy) {
        if (source.publishedAt() != null && copy.publishedAt() == null) {
            return Sentences.name(source) + " states it was published at " + Sentences.time(source.publishedAt())
                    + ", before Wiretrace first saw " + Sentences.name(copy) + " (" + Sentences.time(copy.firstSeenAt()) + ")";
        }
        if (source.publishedAt() == null && copy.publishedAt() != null) {
            return "Wiretrace saw " + Sentences.name(source) + " at " + Sentences.time(source.firstSeenAt())
                    + ", before the publication time " + Sentences.name(copy) + " states ("
                    + Sentences.time(copy.publishedAt()) + ")";
        }
        return "publication times are missing or equal, and Wiretrace saw " + Sentences.name(source) + " first";
    }

    /**
     * When {@code x} appeared, measured as the reuse match measures it against {@code y}: its stated publication time
     * when only it states one (the other's first-seen time standing against it), else its first-seen time (neither
     * states one, or both state the same).
     */
    private static Instant seen(ArticleInput x, ArticleInput y) {
        boolean onlyX = x.node().publishedAt() != null && y.node().publishedAt() == null;
        return onlyX ? x.node().publishedAt() : x.node().firstSeenAt();
    }

    /** Negative when x is earlier beyond the tolerance, positive when later, 0 when unknown or too close. */
    private int compare(Instant x, Instant y) {
        if (x == null || y == null || Duration.between(x, y).abs().compareTo(tolerance) <= 0) {
            return 0;
        }
        return x.compareTo(y);
    }
}
